import type { AccessReport, Draft, User } from '@cps/domain';
import { ApiError, type ApiIssue, http } from '../../api/http';
import { CURRENT_USER_PATH } from '../auth/auth.api';
import { applyChoices, type Choice, type ConflictField, conflictFields } from './conflict-fields';
import { describeDifferences } from './draft-diff';
import { newIdempotencyKey } from './idempotency-key';
import { createReport, getReport, saveDraft } from './intake.api';
import { type IntakeValues, parseDraft, toFormValues } from './intake-form.schema';
import {
  holdLocalCopies,
  type LocalCopy,
  localCopyKey,
  releaseLocalCopies,
  removeLocalCopy,
  writeLocalCopy,
} from './local-copy';

// Autosave without React: a local copy on every change, a PUT with the version last read ~2 s
// after the last change (or at once when a field loses focus), retries with backoff, and a 409
// that stops and asks rather than overwrite. A 409 caused only by a change outside the draft body
// (a notification, an assignment) is no conflict: the draft is re-sent on the new version.

export type SaveState =
  | { kind: 'new' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'retrying'; message: string; nextTryAt: number }
  | { kind: 'blocked'; message: string }
  | {
      kind: 'conflict';
      server: AccessReport;
      differences: string[];
      /** Each differing field with both values, for a choice per field. */
      fields: ConflictField[];
      /** The other save was this worker's own (another window or tab). */
      sameUser: boolean;
    }
  | { kind: 'closed'; message: string; server: AccessReport | null };

/** saveDelayMs after the last change, but never more than saveMaxWaitMs after the first unsaved one. */
export type Timings = { saveDelayMs: number; saveMaxWaitMs: number; retryBaseMs: number; retryMaxMs: number };
export const defaultTimings: Timings = {
  saveDelayMs: 2000,
  saveMaxWaitMs: 10_000,
  retryBaseMs: 1000,
  retryMaxMs: 30_000,
};

export type SaverOptions = {
  userId: string;
  countyCode: string;
  reportId: string | null;
  version: number | null;
  /** The server's draft at `version`, as form values: what a 409 is compared with. */
  baseValues?: IntakeValues | null;
  /** The create of a restored copy of a report not created yet, to send again as it was. */
  pendingCreate?: LocalCopy['create'];
  getValues: () => IntakeValues;
  /** Last touches on the body (e.g. leave out what a linked person already has). */
  prepare?: (draft: Draft) => Draft;
  onCreated?: (report: AccessReport) => void;
  onSaved?: (report: AccessReport) => void;
  /** The report was read again after a 409 (its notifications, clocks and version may be new). */
  onRead?: (report: AccessReport) => void;
  /** The API refused the draft (400): show its issues at their fields. */
  onRefused?: (issues: ApiIssue[]) => void;
  timings?: Partial<Timings>;
  now?: () => number;
};

export type DraftSaver = ReturnType<typeof createDraftSaver>;

export function createDraftSaver(options: SaverOptions) {
  const timings = { ...defaultTimings, ...options.timings };
  const now = options.now ?? Date.now;
  let reportId = options.reportId;
  let version = options.version;
  /** The draft as the server holds it at `version` (null: not known, so any 409 asks). */
  let base: IntakeValues | null = options.baseValues ?? null;
  /** Re-sends on a new version without a save in between: a bound, so two tabs never ping-pong for ever. */
  let rebases = 0;
  let state: SaveState = reportId ? { kind: 'saved', at: now() } : { kind: 'new' };
  let changeSeq = 0;
  let savedSeq = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let firstUnsavedAt: number | null = null;
  // A restored copy's create may have landed before its answer was lost: it goes again with its own
  // key and body (the server then answers with that draft), and what was typed after it follows.
  let pendingCreate: { key: string; body: Partial<Draft> & { countyCode: string }; seq: number } | null =
    options.pendingCreate ? { ...options.pendingCreate, seq: -1 } : null;
  let suppressed = false;
  let disposed = false;
  let finished = false;
  /** A request answered 401: the session is over, and nothing is sent until this worker is signed in again. */
  let signedOut = false;
  const listeners = new Set<() => void>();

  const storageKey = () => localCopyKey(reportId, options.userId);
  const set = (next: SaveState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const paused = () => state.kind === 'conflict' || state.kind === 'closed';
  const clearTimer = () => timer !== undefined && clearTimeout(timer);
  const schedule = (ms: number) => {
    clearTimer();
    timer = setTimeout(() => void run(), ms);
  };
  let sending: { fromVersion: number; values: IntakeValues } | null = null;
  const keepLocal = () =>
    !finished &&
    writeLocalCopy(storageKey(), {
      reportId,
      userId: options.userId,
      baseVersion: version,
      changedAt: new Date(now()).toISOString(),
      values: options.getValues(),
      sending,
      create: pendingCreate && { key: pendingCreate.key, body: pendingCreate.body },
    });
  const body = (draft: Draft) => (options.prepare ? options.prepare(draft) : draft);

  function fail(error: unknown, retry: () => void): Promise<void> | undefined {
    const apiError = error instanceof ApiError ? error : new ApiError(0, 'Something went wrong.');
    if (apiError.status === 409 && reportId) return reread(reportId).then(() => undefined);
    if (apiError.status === 409) pendingCreate = null; // the key was used for another body: start afresh
    if (apiError.status === 400) {
      options.onRefused?.(apiError.issues);
      set({ kind: 'blocked', message: `Not saved: ${apiError.message}` });
      return;
    }
    if (apiError.status === 403 || apiError.status === 404) {
      set({ kind: 'closed', message: `Not saved: ${apiError.message}`, server: null });
      return;
    }
    if (apiError.status === 401 && !signedOut) {
      // The session is over: the copy stays only in this tab until this worker signs in again.
      signedOut = true;
      holdLocalCopies();
    }
    // Offline, timed out, signed out, throttled or a server error: try again, waiting longer each time.
    const wait = Math.min(timings.retryMaxMs, timings.retryBaseMs * 2 ** failures++);
    const why = apiError.status === 401 ? 'you are signed out; sign in again in another tab' : apiError.message;
    set({ kind: 'retrying', message: why, nextTryAt: now() + wait });
    clearTimer();
    timer = setTimeout(retry, wait);
  }

  function conflictOf(server: AccessReport): SaveState {
    const mine = options.getValues();
    const saved = toFormValues(server);
    return {
      kind: 'conflict',
      server,
      differences: describeDifferences(mine, saved),
      fields: conflictFields(mine, saved, base),
      sameUser: server.updatedBy?.id === options.userId,
    };
  }

  /**
   * The server's draft differs from the one this tab last saved only where this tab's copy says
   * the same (or not at all: a notification, an assignment): take its version and send again.
   */
  function rebase(server: AccessReport): boolean {
    if (base === null || rebases >= 5) return false;
    const saved = toFormValues(server);
    if (conflictFields(options.getValues(), saved, base).some((f) => f.savedChanged)) return false;
    rebases++;
    version = server.version;
    base = saved;
    return true;
  }

  /** After a 409: read the report again, then re-send on its version, or ask the worker. */
  async function reread(id: string): Promise<AccessReport | null> {
    try {
      const server = await getReport(id);
      options.onRead?.(server);
      if (server.status !== 'DRAFT') {
        set({ kind: 'closed', message: 'This report was submitted and can no longer be edited here.', server });
      } else if (rebase(server)) {
        if (changeSeq !== savedSeq) {
          set({ kind: 'pending' });
          schedule(0);
        } else set({ kind: 'saved', at: now() });
      } else set(conflictOf(server));
      return server;
    } catch (error) {
      await fail(error, () => void reread(id));
      return null;
    }
  }

  function create(): Promise<void> {
    if (!pendingCreate) {
      const parsed = parseDraft(options.getValues());
      const countyCode = options.countyCode;
      // The same key and body on every retry: a lost answer never makes a second draft.
      pendingCreate = {
        key: newIdempotencyKey(),
        body: parsed.ok ? body(parsed.draft) : { countyCode },
        seq: parsed.ok ? changeSeq : 0,
      };
      // The copy carries the key, so whoever sends it later (sign-out in another tab) makes no second draft.
      keepLocal();
    }
    const attempt = pendingCreate;
    set({ kind: 'saving' });
    return createReport(attempt.body, attempt.key).then(
      (report) => {
        const oldKey = storageKey();
        reportId = report.id;
        version = report.version;
        base = toFormValues(report);
        rebases = 0;
        savedSeq = attempt.seq;
        pendingCreate = null;
        failures = 0;
        removeLocalCopy(oldKey);
        if (changeSeq !== savedSeq) keepLocal();
        options.onCreated?.(report);
        afterSave(report);
      },
      (error: unknown) => fail(error, () => void run()),
    );
  }

  function afterSave(report: AccessReport): void {
    set({ kind: 'saved', at: now() });
    options.onSaved?.(report);
    if (changeSeq !== savedSeq) schedule(timings.saveDelayMs);
  }

  function save(id: string): Promise<void> {
    const parsed = parseDraft(options.getValues());
    if (!parsed.ok) {
      set({ kind: 'blocked', message: 'Not saved: fix the marked fields. Your typing is kept on this computer.' });
      return Promise.resolve();
    }
    // A report has a version from its create (or its load) on: the saver is given both or neither.
    const fromVersion = version;
    if (fromVersion === null) throw new Error(`Draft saver: report ${id} has no version to save from`);
    const seq = changeSeq;
    set({ kind: 'saving' });
    sending = { fromVersion, values: options.getValues() };
    if (changeSeq !== savedSeq) keepLocal();
    return saveDraft(id, body(parsed.draft), fromVersion).then(
      (report) => {
        sending = null;
        version = report.version;
        base = toFormValues(report);
        rebases = 0;
        savedSeq = seq;
        failures = 0;
        if (changeSeq === seq) removeLocalCopy(storageKey());
        else keepLocal();
        afterSave(report);
      },
      (error: unknown) => {
        sending = null;
        return fail(error, () => void run());
      },
    );
  }

  /**
   * After a 401, whoever is signed in now (perhaps in another tab) must be this worker before
   * anything is sent: someone else's session must never carry this worker's typing.
   */
  function confirmWorker(): Promise<void> {
    set({ kind: 'saving' });
    return http.get<User>(CURRENT_USER_PATH).then(
      (user) => {
        if (user.id !== options.userId) {
          finished = true;
          clearTimer();
          // Someone else's session now: every copy of the worker whose session ended goes.
          releaseLocalCopies(user.id);
          return set({
            kind: 'closed',
            message: 'Not saved: someone else is signed in on this computer, so these changes were removed from it.',
            server: null,
          });
        }
        signedOut = false;
        failures = 0;
        releaseLocalCopies(options.userId);
        keepLocal();
        schedule(0);
      },
      (error: unknown) => fail(error, () => void run()),
    );
  }

  /** One request at a time; a change during a request is saved after it. */
  function run(): Promise<void> {
    clearTimer();
    firstUnsavedAt = null;
    if (disposed || finished || paused()) return Promise.resolve();
    if (inFlight !== null) return inFlight;
    if (signedOut) {
      inFlight = confirmWorker().finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    const dirty = changeSeq !== savedSeq || (!reportId && changeSeq > 0);
    if (!dirty && reportId) return Promise.resolve();
    const request = reportId ? save(reportId) : create();
    inFlight = request.finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    getSnapshot: () => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get reportId() {
      return reportId;
    },
    get version() {
      return version;
    },
    /** Call on every change of the form. */
    changed(): void {
      if (suppressed || disposed || finished) return;
      changeSeq++;
      keepLocal();
      if (paused() || state.kind === 'retrying') return;
      if (!reportId) return void run();
      if (state.kind !== 'saving' && state.kind !== 'pending') set({ kind: 'pending' });
      // Someone typing without a pause still gets saved every saveMaxWaitMs.
      firstUnsavedAt ??= now();
      schedule(Math.max(0, Math.min(timings.saveDelayMs, firstUnsavedAt + timings.saveMaxWaitMs - now())));
    },
    /** A field lost focus: save now if anything is waiting. */
    blurred(): void {
      if (reportId && changeSeq !== savedSeq && !paused() && state.kind !== 'retrying') void run();
    },
    /** Saves what is waiting; true when the server holds every change (before submit). */
    async flush(): Promise<boolean> {
      for (let i = 0; i < 5 && !paused(); i++) {
        if (inFlight !== null) await inFlight;
        else if (changeSeq !== savedSeq || !reportId) await run();
        if (state.kind === 'blocked' || state.kind === 'retrying') return false;
        if (!inFlight && reportId && changeSeq === savedSeq) return true;
      }
      return false;
    },
    /** Anything typed here that the server does not hold yet (a create or save under way counts). */
    hasUnsaved(): boolean {
      return !finished && (changeSeq !== savedSeq || inFlight !== null || pendingCreate !== null);
    },
    /** Values restored from the local copy count as unsaved changes. */
    restored(): void {
      changeSeq++;
      if (!reportId) return void run();
      set({ kind: 'pending' });
      schedule(0);
    },
    /** Start in conflict (the local copy was typed on an older version than the server's). */
    conflictWith(server: AccessReport): void {
      set(conflictOf(server));
    },
    /**
     * An answer from outside the draft (a notification recorded here) with the report's next
     * version: the draft did not change, so the next save sends that version. A gap means someone
     * else saved in between: left to the next save's 409, which reads what changed.
     */
    adopt(report: AccessReport): void {
      if (report.id !== reportId || version === null || report.version !== version + 1) return;
      version = report.version;
    },
    /** Submit got 409: read the report again; its state then says what to do (see reread). */
    refresh(): Promise<AccessReport | null> {
      return reportId ? reread(reportId) : Promise.resolve(null);
    },
    /** The conflict view's choices, one per field: the form gets the result, which is saved on the server's version. */
    resolve(choices: Readonly<Record<string, Choice>>, reset: (values: IntakeValues) => void): void {
      if (state.kind !== 'conflict') return;
      const server = state.server;
      const saved = toFormValues(server);
      const merged = applyChoices(options.getValues(), saved, choices);
      suppressed = true;
      try {
        reset(merged);
      } finally {
        suppressed = false;
      }
      version = server.version;
      base = saved;
      rebases = 0;
      changeSeq++;
      if (describeDifferences(merged, saved).length === 0) {
        savedSeq = changeSeq;
        removeLocalCopy(storageKey());
        set({ kind: 'saved', at: now() });
        options.onSaved?.(server);
        return;
      }
      keepLocal();
      set({ kind: 'pending' });
      void run();
    },
    keepMine(): void {
      if (state.kind !== 'conflict') return;
      base = toFormValues(state.server);
      version = state.server.version;
      changeSeq++;
      set({ kind: 'pending' });
      void run();
    },
    /** The caller resets the form to the returned values; nothing of that reset is saved. */
    takeTheirs(reset: (values: IntakeValues) => void): void {
      if (state.kind !== 'conflict') return;
      const server = state.server;
      suppressed = true;
      try {
        reset(toFormValues(server));
      } finally {
        suppressed = false;
      }
      version = server.version;
      base = toFormValues(server);
      savedSeq = changeSeq;
      removeLocalCopy(storageKey());
      set({ kind: 'saved', at: now() });
      options.onSaved?.(server);
    },
    /** After submit: nothing more to save, and no copy to keep. */
    finish(): void {
      clearTimer();
      finished = true;
      removeLocalCopy(storageKey());
    },
    retryNow(): void {
      if (state.kind === 'retrying') void run();
    },
    /** Mount and unmount (React may do both twice in development). */
    start(): void {
      disposed = false;
    },
    stop(): void {
      disposed = true;
      clearTimer();
    },
  };
}
