import type { MissingEpisode, UpdateMissingEpisode } from '@cps/domain';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/http';
import { type Placement, placeIssues } from './form-issues';
import { updateEpisode } from './missing.api';

type Change = Omit<UpdateMissingEpisode, 'version'>;

/**
 * Sends one step of an episode with the version on screen. A 409 (someone changed it, or it is
 * closed) says so and reloads the episode; other refusals go beside their fields, in words.
 */
export function useStep<V extends FieldValues>(
  episode: MissingEpisode,
  onSaved: (episode: MissingEpisode) => void,
  onStale: () => void,
  placements: Record<string, Placement<Path<V>>>,
  what: string,
) {
  const [serverError, setServerError] = useState<string | null>(null);
  const send = async (change: Change, setError: UseFormSetError<V>) => {
    setServerError(null);
    try {
      onSaved(await updateEpisode(episode.id, { version: episode.version, ...change }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setServerError(`${error.message}. The episode has been reloaded: check it and try again.`);
        onStale();
        return;
      }
      setServerError(placeIssues(error, (path) => placements[path] ?? null, setError, what));
    }
  };
  return { serverError, send };
}
