import { ApiError, NETWORK_ERROR_STATUS } from '../../api/http';
import { formatChicago } from '../../ui/chicago-time';
import { describeDifferences } from './draft-diff';
import type { SaveState } from './draft-saver';
import { newIdempotencyKey } from './idempotency-key';
import { createReport, getReport, saveDraft } from './intake.api';
import { type IntakeValues, parseDraft, toFormValues } from './intake-form.schema';
import { hasContent } from './intake-start';
import { type LocalCopy, listLocalCopies, localCopyKey, removeLocalCopy } from './local-copy';
import { openDrafts } from './open-drafts';
import { fullName } from './people';

// Sign-out sends every unsaved copy of the worker before the session ends, by the rules of
// autosave: the report open on screen through its own saver, other copies left in this browser
// with the version they were typed on (a 409 is never overwritten) and a new report with the
// Idempotency-Key of its create. What cannot be sent is listed in words for the worker.

/** A report whose changes did not reach the server, and why. */
export type Unsent = {
  /** The child's name, or "a new report started …" / "a report received …". */
  label: string;
  reason: string;
  reportId: string | null;
  /** The session is over: nothing can be sent until the worker signs in again. */
  signedOut: boolean;
};

/** The child (or children) by name, else when the call came in. */
export function reportLabel(values: IntakeValues, reportId: string | null, fallbackAt: string): string {
  const children = (values.persons ?? [])
    .filter((p) => p.roles?.includes('CHILD'))
    .map(fullName)
    .filter(Boolean);
  if (children.length > 0) return children.join(' and ');
  const at = formatChicago(
    values.receivedAt && !Number.isNaN(Date.parse(values.receivedAt)) ? values.receivedAt : fallbackAt,
  );
  return reportId ? `a report received ${at}` : `a new report started ${at}`;
}

const SUBMITTED = 'It was submitted meanwhile, so these changes can no longer be saved to it.';
const CONFLICT = 'Someone else saved it since these changes were typed: open it to choose which version to keep.';
const FIX = 'Some fields must be fixed before it can be saved.';
const SIGNED_OUT = 'Your session has ended.';

function reasonOf(error: unknown): { reason: string; signedOut: boolean } {
  const apiError = error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_STATUS, 'Something went wrong.');
  if (apiError.status === 401) return { reason: SIGNED_OUT, signedOut: true };
  if (apiError.status === NETWORK_ERROR_STATUS) return { reason: apiError.message, signedOut: false };
  if (apiError.status === 400) return { reason: FIX, signedOut: false };
  if (apiError.status === 403 || apiError.status === 404)
    return { reason: 'You can no longer open it.', signedOut: false };
  if (apiError.status === 409) return { reason: CONFLICT, signedOut: false };
  return { reason: apiError.message, signedOut: false };
}

/** The saver's words as a sentence of their own. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

function stateReason(state: SaveState): { reason: string; signedOut: boolean } {
  switch (state.kind) {
    case 'conflict':
      return { reason: CONFLICT, signedOut: false };
    case 'closed':
      return {
        reason: state.server ? SUBMITTED : sentence(state.message.replace(/^Not saved: /, '')),
        signedOut: false,
      };
    case 'blocked':
      return { reason: FIX, signedOut: false };
    case 'retrying':
      return state.message.startsWith('you are signed out')
        ? { reason: SIGNED_OUT, signedOut: true }
        : { reason: sentence(state.message), signedOut: false };
    default:
      return { reason: 'It could not be saved in time.', signedOut: false };
  }
}

type Outcome = { reason: string; signedOut: boolean } | null;

/** PUT with the version the copy was typed on; a 409 is looked at, never overwritten. */
async function sendReportCopy(reportId: string, copy: LocalCopy): Promise<Outcome> {
  const parsed = parseDraft(copy.values);
  if (!parsed.ok) return { reason: FIX, signedOut: false };
  try {
    if (copy.baseVersion !== null) {
      try {
        await saveDraft(reportId, parsed.draft, copy.baseVersion);
        return null;
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      }
    }
    const server = await getReport(reportId);
    if (server.status !== 'DRAFT') return { reason: SUBMITTED, signedOut: false };
    const serverValues = toFormValues(server);
    if (describeDifferences(copy.values, serverValues).length === 0) return null;
    // The tab closed while a save was under way, and that save landed: the copy is one version on.
    const landed =
      copy.sending &&
      copy.sending.fromVersion + 1 === server.version &&
      describeDifferences(copy.sending.values, serverValues).length === 0;
    if (!landed) return { reason: CONFLICT, signedOut: false };
    await saveDraft(reportId, parsed.draft, server.version);
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}

/** The create with its own Idempotency-Key and body (a lost answer returns the same draft), then the rest. */
async function sendNewCopy(copy: LocalCopy): Promise<Outcome> {
  const parsed = parseDraft(copy.values);
  const countyCode = copy.values.countyCode ?? '';
  const create = copy.create ?? { key: newIdempotencyKey(), body: parsed.ok ? parsed.draft : { countyCode } };
  try {
    const report = await createReport(create.body, create.key);
    if (describeDifferences(copy.values, toFormValues(report)).length === 0) return null;
    if (!parsed.ok) return { reason: FIX, signedOut: false };
    await saveDraft(report.id, parsed.draft, report.version);
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}

/**
 * Sends every unsaved change of this worker in this browser; answers what could not be sent.
 * A copy that was sent, or had nothing to send, is removed.
 */
export async function sendUnsavedCopies(userId: string): Promise<Unsent[]> {
  const unsent: Unsent[] = [];
  const onScreen = new Set<string>();
  for (const draft of openDrafts().filter((d) => d.userId === userId)) {
    const { saver } = draft;
    // The form's own copy (under its new-report key until the create lands) is the saver's to send.
    onScreen.add(localCopyKey(saver.reportId, userId));
    if (saver.hasUnsaved() && !(await saver.flush())) {
      unsent.push({
        label: reportLabel(draft.getValues(), saver.reportId, new Date().toISOString()),
        reportId: saver.reportId,
        ...stateReason(saver.getSnapshot()),
      });
    }
    onScreen.add(localCopyKey(saver.reportId, userId));
  }
  for (const { key, copy } of listLocalCopies()) {
    if (copy.userId !== userId || onScreen.has(key)) continue;
    if (!copy.reportId && !hasContent(copy.values)) {
      removeLocalCopy(key);
      continue;
    }
    // Once the server said the session is over, the other copies cannot be sent either.
    const sessionOver = unsent.some((u) => u.signedOut);
    const outcome = sessionOver
      ? { reason: SIGNED_OUT, signedOut: true }
      : copy.reportId
        ? await sendReportCopy(copy.reportId, copy)
        : await sendNewCopy(copy);
    if (outcome)
      unsent.push({
        label: reportLabel(copy.values, copy.reportId, copy.changedAt),
        reportId: copy.reportId,
        ...outcome,
      });
    else removeLocalCopy(key);
  }
  return unsent;
}
