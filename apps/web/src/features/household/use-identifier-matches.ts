import type { IdentifierMatch } from '@cps/domain';
import { useEffect, useState } from 'react';
import { useIntake, useSaveState } from '../intake/intake-context';
import { getIdentifierMatches } from './identifier-matches.api';

/** Wait after a save before asking, so a worker typing a phone number asks once. */
export const MATCH_DELAY_MS = 400;

/**
 * The matches of the draft's identifiers, asked again after each save that has identifiers (the
 * server matches what it stored, so the look-up waits for the autosave). Keyed by identifier key.
 */
export function useIdentifierMatches(identifierCount: number): {
  byKey: ReadonlyMap<string, IdentifierMatch>;
  failed: boolean;
} {
  const { saver } = useIntake();
  const state = useSaveState();
  const savedAt = state.kind === 'saved' ? state.at : null;
  const reportId = saver.reportId;
  const [byKey, setByKey] = useState<ReadonlyMap<string, IdentifierMatch>>(new Map());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!reportId || savedAt === null || identifierCount === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getIdentifierMatches(reportId, controller.signal)
        .then((matches) => {
          setByKey(new Map(matches.map((m) => [m.identifierKey, m])));
          setFailed(false);
        })
        .catch(() => {
          if (!controller.signal.aborted) setFailed(true);
        });
    }, MATCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [reportId, savedAt, identifierCount]);
  return { byKey, failed };
}
