import type {
  CreateMissingEpisode,
  MissingEpisode,
  MissingEpisodePage,
  PersonMatch,
  PersonSearchQuery,
  UpdateMissingEpisode,
} from '@cps/domain';
import { apiRequest, http } from '../../api/http';
import { searchPersons } from '../intake/intake.api';

// The calls of docs/http-api.md, "Missing-from-care episodes", as the pages make them.

export const EPISODES_PATH = '/api/missing-episodes';
/** The open episodes of a county fit in one page; beyond it the list says it is cut short. */
export const OPEN_EPISODES_PATH = `${EPISODES_PATH}?open=true&pageSize=200`;

export const episodePath = (id: string) => `${EPISODES_PATH}/${encodeURIComponent(id)}`;

export function listOpenEpisodes(signal?: AbortSignal): Promise<MissingEpisodePage> {
  return http.get<MissingEpisodePage>(OPEN_EPISODES_PATH, signal);
}

export function getEpisode(id: string, signal?: AbortSignal): Promise<MissingEpisode> {
  return http.get<MissingEpisode>(episodePath(id), signal);
}

/** A POST that creates: the key makes a retry of the same submission record it once. */
export function createEpisode(body: CreateMissingEpisode, idempotencyKey: string): Promise<MissingEpisode> {
  return apiRequest<MissingEpisode>('POST', EPISODES_PATH, { body, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function updateEpisode(id: string, body: UpdateMissingEpisode): Promise<MissingEpisode> {
  return apiRequest<MissingEpisode>('PATCH', episodePath(id), { body });
}

export function searchChildren(query: PersonSearchQuery, signal?: AbortSignal): Promise<PersonMatch[]> {
  return searchPersons(query, signal);
}
