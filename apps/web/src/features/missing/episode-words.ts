import type { MissingEpisode } from '@cps/domain';
import { personName } from '../screening/labels';

// The words of an episode, as the pages and their tests read them.

export const episodeStatusLabel: Record<MissingEpisode['status'], string> = {
  MISSING: 'Missing',
  LOCATED_AWAITING_SCREEN: 'Located: return screening needed',
  CLOSED: 'Closed: screened',
};

export function childName(episode: Pick<MissingEpisode, 'person'>): string {
  return personName(episode.person);
}
