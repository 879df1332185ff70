import type { ReportComputed } from '@cps/domain';

// What the form shows beside its fields, outside React state: each field subscribes to its own
// anchor, so a keystroke re-renders only the fields whose messages changed, not the whole form.

export type MessageSource = 'rule' | 'input' | 'submit' | 'server';
export type FieldMessage = { source: MessageSource; text: string; rule?: string };
export type AnchoredMessage = FieldMessage & { anchor: string };
/** A message the API sent (400 issue, 422 rule), kept until the value at its path changes. */
export type ServerMessage = AnchoredMessage & { path: string; snapshot: string };

export type CheckSnapshot = {
  messages: readonly AnchoredMessage[];
  computed: ReportComputed | null;
  attempted: boolean;
};

const NONE: readonly FieldMessage[] = Object.freeze([]);

export type CheckStore = ReturnType<typeof createCheckStore>;

export function createCheckStore() {
  let byAnchor = new Map<string, readonly FieldMessage[]>();
  let snapshot: CheckSnapshot = { messages: [], computed: null, attempted: false };
  let server: readonly ServerMessage[] = [];
  const anchorListeners = new Map<string, Set<() => void>>();
  const listeners = new Set<() => void>();
  const inputListeners = new Set<() => void>();

  const notifyAll = () => listeners.forEach((listener) => listener());

  return {
    getAt: (anchor: string): readonly FieldMessage[] => byAnchor.get(anchor) ?? NONE,
    subscribeAt(anchor: string, listener: () => void): () => void {
      const set = anchorListeners.get(anchor) ?? new Set();
      set.add(listener);
      anchorListeners.set(anchor, set);
      return () => set.delete(listener);
    },
    getSnapshot: (): CheckSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** The live checks' result: only anchors whose messages changed are told. */
    publish(messages: readonly AnchoredMessage[], computed: ReportComputed | null): void {
      const next = new Map<string, FieldMessage[]>();
      for (const { anchor, ...message } of messages) next.set(anchor, [...(next.get(anchor) ?? []), message]);
      const changed = new Set<string>();
      for (const anchor of new Set([...byAnchor.keys(), ...next.keys()])) {
        const before = byAnchor.get(anchor) ?? NONE;
        const after = next.get(anchor) ?? NONE;
        if (JSON.stringify(before) === JSON.stringify(after)) next.set(anchor, before as FieldMessage[]);
        else changed.add(anchor);
      }
      byAnchor = next;
      const sameComputed = JSON.stringify(computed) === JSON.stringify(snapshot.computed);
      if (changed.size === 0 && sameComputed) return;
      snapshot = { ...snapshot, messages, computed: sameComputed ? snapshot.computed : computed };
      changed.forEach((anchor) => anchorListeners.get(anchor)?.forEach((listener) => listener()));
      notifyAll();
    },

    /** Inputs of the checks that are not form values: the API's messages and a submit attempt. */
    getServerMessages: () => server,
    setServerMessages(messages: readonly ServerMessage[]): void {
      server = messages;
      inputListeners.forEach((listener) => listener());
    },
    markAttempted(): void {
      if (!snapshot.attempted) snapshot = { ...snapshot, attempted: true };
      inputListeners.forEach((listener) => listener());
      notifyAll();
    },
    resetAttempt(): void {
      snapshot = { ...snapshot, attempted: false };
      server = [];
      inputListeners.forEach((listener) => listener());
    },
    onInputsChanged(listener: () => void): () => void {
      inputListeners.add(listener);
      return () => inputListeners.delete(listener);
    },
  };
}
