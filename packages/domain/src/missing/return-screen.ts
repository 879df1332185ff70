import { indicators as indicatorList } from '../codes/code-lists';
import type { DraftInput } from '../reports/access-report.schema';
import { chicagoDate } from '../time/chicago';
import type { ReturnScreening } from './missing-episode.schema';

// RETURN-SCREEN (docs/domain.md): a return screening that records any trafficking indicator opens
// a new draft access report in the episode's county, with the child linked and the indicators
// recorded. This is that draft, as a worker would have typed it; the API writes it through the
// access report's own create path, so it is numbered, audited and checked like any other draft.

export const RETURN_SCREEN_CHILD_KEY = 'c1';

const labelOf = (code: string) => indicatorList.find((i) => i.code === code)?.label ?? code;

export type ReturnScreenEpisode = {
  countyCode: string;
  personId: string;
  learnedAt: string | Date;
  locatedAt: string | Date | null;
};

/** The narrative line that says where the report came from, then the screener's notes. */
export function returnScreenNarrative(episode: ReturnScreenEpisode, screening: ReturnScreening): string {
  const learned = chicagoDate(episode.learnedAt);
  const located = episode.locatedAt ? `, located ${chicagoDate(episode.locatedAt)}` : '';
  const found = screening.indicators.map(labelOf).join('; ');
  const lines = [
    `Opened from the return screening of the missing-from-care episode (missing since ${learned}${located}), ` +
      `screened ${chicagoDate(screening.screenedAt)}. Trafficking indicators found: ${found}.`,
  ];
  if (screening.notes?.trim()) lines.push(`Screening notes: ${screening.notes.trim()}`);
  return lines.join('\n\n');
}

/**
 * The new draft: received when the child was screened, the screener as the reporter (social
 * services), the child linked by their statewide id (the report brings their latest record of the
 * county) and each indicator recorded for them. No allegation yet: the worker writes those.
 */
export function returnScreenDraft(
  episode: ReturnScreenEpisode,
  screening: ReturnScreening,
  screener: { name: string },
): DraftInput {
  return {
    countyCode: episode.countyCode,
    receivedAt: screening.screenedAt,
    reporter: { type: 'SOCIAL_SERVICES', name: screener.name, anonymous: false },
    narrative: returnScreenNarrative(episode, screening),
    persons: [{ key: RETURN_SCREEN_CHILD_KEY, personId: episode.personId, roles: ['CHILD'] }],
    indicators: screening.indicators.map((code) => ({ childKey: RETURN_SCREEN_CHILD_KEY, code })),
  };
}
