import type { DraftSaver } from './draft-saver';
import type { IntakeValues } from './intake-form.schema';

// The intake forms mounted in this tab, so sign-out can save what is typed on screen through
// the form's own saver (one request at a time, its versions) rather than around it.

export type OpenDraft = { userId: string; saver: DraftSaver; getValues: () => IntakeValues };

const open = new Set<OpenDraft>();

/** Returns the call that takes it off the list again (on unmount). */
export function registerOpenDraft(draft: OpenDraft): () => void {
  open.add(draft);
  return () => {
    open.delete(draft);
  };
}

export function openDrafts(): OpenDraft[] {
  return [...open];
}
