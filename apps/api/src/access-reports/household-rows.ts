import crypto from 'node:crypto';
import { type Draft, normalizeIdentifier } from '@cps/domain';
import type { ReportRow } from './access-report.columns';

// A draft's household relationships and trafficking identifiers as their rows, and back. Both are
// replaced whole on a save; people are named by their statewide id in the rows, by key in the document.

type IdOf = (key: string) => string;

export function relationshipRows(draft: Pick<Draft, 'relationships'>, reportId: string, id: IdOf) {
  return (draft.relationships ?? []).map((r, position) => ({
    reportId,
    fromPersonId: id(r.fromKey),
    toPersonId: id(r.toKey),
    type: r.type,
    position,
  }));
}

/** Each identifier as typed and in its normal form (normalizeIdentifier of @cps/domain). */
export function identifierRows(
  draft: Pick<Draft, 'identifiers'>,
  reportId: string,
  id: IdOf,
  previous: ReportRow['identifiers'] = [],
) {
  const idOfKey = new Map(previous.map((i) => [i.key, i.id]));
  return (draft.identifiers ?? []).map((i, position) => ({
    id: idOfKey.get(i.key) ?? crypto.randomUUID(),
    reportId,
    key: i.key,
    personId: i.personKey ? id(i.personKey) : null,
    kind: i.kind,
    value: i.value,
    normalized: normalizeIdentifier(i.kind, i.value),
    platform: i.platform ?? null,
    position,
  }));
}

/** The document's `relationships` and `identifiers`, keyed as the client keyed the people. */
export function householdDocument(
  row: Pick<ReportRow, 'relationships' | 'identifiers'>,
  keyOf: (id: string | null) => string | null,
) {
  return {
    relationships: row.relationships.flatMap((r) => {
      const fromKey = keyOf(r.fromPersonId);
      const toKey = keyOf(r.toPersonId);
      return fromKey && toKey ? [{ fromKey, toKey, type: r.type }] : [];
    }),
    identifiers: row.identifiers.map((i) => ({
      key: i.key,
      personKey: keyOf(i.personId),
      kind: i.kind,
      value: i.value,
      platform: i.platform,
      normalized: i.normalized,
    })),
  };
}

/** True when the draft's relationships and identifiers are those stored (the save can skip its parts). */
export function householdUnchanged(row: ReportRow, draft: Draft, keyOf: (id: string | null) => string | null): boolean {
  const stored = householdDocument(row, keyOf);
  const given = {
    relationships: (draft.relationships ?? []).map((r) => ({ fromKey: r.fromKey, toKey: r.toKey, type: r.type })),
    identifiers: (draft.identifiers ?? []).map((i) => ({
      key: i.key,
      personKey: i.personKey ?? null,
      kind: i.kind,
      value: i.value,
      platform: i.platform ?? null,
      normalized: normalizeIdentifier(i.kind, i.value),
    })),
  };
  return JSON.stringify(stored) === JSON.stringify(given);
}
