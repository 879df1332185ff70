import type { User } from '@cps/domain';

/** What a hand-over dialog acts on: the report, and its version as the server holds it now. */
export type HandoverTarget = {
  id: string;
  /** The intake form saves what is waiting first; the report page knows its version. Throws a message if it cannot. */
  version: () => Promise<number>;
  /** Whoever holds the place now (the assignee, or after screen-in the initial assessment worker). */
  holderId: string | null;
  /** The report has a sex trafficking allegation (the TRAINING rule then matters to whom it goes). */
  sexTrafficking: boolean;
  /** The draft records an allegation (rule DISCARD-ALLEGATION). */
  recordsAllegation: boolean;
  countyCode: string;
};

export const isSupervisor = (user: User) => user.role === 'SUPERVISOR';

/** Say what went wrong in words; the API's message when it gave one. */
export function failure(caught: unknown, fallback: string): string {
  return caught instanceof Error && caught.message ? caught.message : fallback;
}
