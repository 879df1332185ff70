import type { PersonMatch } from '@cps/domain';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CheckSnapshot, CheckStore, FieldMessage } from './check-store';
import { type DraftSaver, defaultTimings, type SaveState, type Timings } from './draft-saver';

export type IntakeTimings = Timings & { checkDelayMs: number; searchDelayMs: number };
export const defaultIntakeTimings: IntakeTimings = {
  ...defaultTimings,
  checkDelayMs: 150,
  searchDelayMs: 300,
};

/** Tests shorten the waits; the app uses the defaults. */
export const TimingsContext = createContext<Partial<IntakeTimings>>({});

export type IntakeContextValue = {
  checks: CheckStore;
  saver: DraftSaver;
  timings: IntakeTimings;
  /** Statewide ids of the people already in this report: search never offers them. */
  personIdsInReport: () => ReadonlySet<string>;
  linkPerson: (index: number, match: PersonMatch) => void;
  unlinkPerson: (index: number) => void;
};

export const IntakeContext = createContext<IntakeContextValue | null>(null);

export function useIntake(): IntakeContextValue {
  const value = useContext(IntakeContext);
  if (!value) throw new Error('useIntake needs <IntakeContext.Provider>');
  return value;
}

/** The messages of one anchor; re-renders only when they change. */
export function useMessagesAt(anchor: string): readonly FieldMessage[] {
  const { checks } = useIntake();
  return useSyncExternalStore(
    (listener) => checks.subscribeAt(anchor, listener),
    () => checks.getAt(anchor),
  );
}

export function useCheckSnapshot(): CheckSnapshot {
  const { checks } = useIntake();
  return useSyncExternalStore(checks.subscribe, checks.getSnapshot);
}

export function useSaveState(): SaveState {
  const { saver } = useIntake();
  return useSyncExternalStore(saver.subscribe, saver.getSnapshot);
}
