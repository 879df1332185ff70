import crypto from 'node:crypto';
import type { Draft, ReportPerson } from '@cps/domain';
import { InvalidInput } from '../common/domain-error';
import { runOn, type Sql } from '../common/sql';
import type { Tx } from '../common/transactions';
import type { ReportRow } from './access-report.columns';
import { reviveJson } from './column-sql';
import {
  clearAllegationTypesStatement,
  DETAIL_DATES,
  deleteAllegationsStatement,
  deletePartsStatement,
  deleteRecommendationStatement,
  deleteUnusedPersonsStatement,
  earlierRecordsStatement,
  existingPersonsStatement,
  insertAllegationsStatement,
  insertIdentifiersStatement,
  insertIndicatorsStatement,
  insertMaltreatersStatement,
  insertPersonsStatement,
  insertRelationshipsStatement,
  insertReportPersonsStatement,
  registryBasicsStatement,
  saveRecommendationStatement,
  updateAllegationsStatement,
  updateRegistryStatement,
} from './draft-parts.statements';
import {
  allegationRow,
  currentLocationColumn,
  type Details,
  detailsOf,
  NO_DETAILS,
  recommendationColumns,
  registryBasics,
} from './draft-rows';
import { identifierRows, relationshipRows } from './household-rows';

const exec = (tx: Tx, statement: Sql) => runOn(tx, 'draft-parts', statement);

/** Each person's details from rows of { personId, details: JSON text }. */
async function detailsById(tx: Tx, statement: Sql): Promise<Map<string, Details>> {
  const rows = await runOn<{ personId: string; details: string }>(tx, 'draft-parts', statement);
  return new Map(
    rows.map((r) => [r.personId, { ...NO_DETAILS, ...reviveJson<Partial<Details>>(r.details, DETAIL_DATES) }]),
  );
}

/**
 * What a newly linked person brings into this report (docs/domain.md, "Person"): from the latest other
 * report of the same county that records them, everything it recorded; for a person known only to
 * other counties, the registry's identifying basics alone: another county's record of their
 * ethnicity, race or tribe is not this county's to see.
 */
async function earlierRecords(tx: Tx, reportId: string, countyCode: string, personIds: string[]) {
  if (personIds.length === 0) return new Map<string, Details>();
  const records = await detailsById(tx, earlierRecordsStatement(reportId, countyCode, personIds));
  const others = personIds.filter((id) => !records.has(id));
  if (others.length)
    for (const [id, basics] of await detailsById(tx, registryBasicsStatement(others))) records.set(id, basics);
  return records;
}

/** 400 for a person linked by an id no one has. */
async function checkLinked(tx: Tx, draft: Draft): Promise<void> {
  const linked = draft.persons.map((p) => p.personId).filter((id): id is string => !!id);
  if (linked.length === 0) return;
  const found = new Set(
    (await runOn<{ id: string }>(tx, 'draft-parts', existingPersonsStatement(linked))).map((p) => p.id),
  );
  const missing = draft.persons.flatMap((p, i) =>
    p.personId && !found.has(p.personId) ? [{ path: `persons.${i}.personId`, message: 'no person has this id' }] : [],
  );
  if (missing.length) throw new InvalidInput(missing);
}

/**
 * Writes the people, allegations, indicators and recommendation of a draft, replacing what the
 * report had (`before`, as the save read it; null for a new report): matched by key, so a person
 * keeps their statewide id and an allegation its id. Runs inside the caller's transaction.
 */
export async function writeDraftParts(tx: Tx, reportId: string, draft: Draft, before: ReportRow | null): Promise<void> {
  await checkLinked(tx, draft);
  const previousByKey = new Map((before?.persons ?? []).map((p) => [p.key, p]));

  // Resolve each key to a person and what this report records about them: kept from the last save
  // (same key, same person), newly linked by search (from their earlier records), or new.
  const kept = (p: ReportPerson) => {
    const previous = previousByKey.get(p.key);
    return previous && (!p.personId || p.personId === previous.personId) ? previous : undefined;
  };
  const newlyLinked = draft.persons.flatMap((p) => (p.personId && !kept(p) ? [p.personId] : []));
  const records = await earlierRecords(tx, reportId, draft.countyCode, newlyLinked);

  const at = new Date();
  const idOfKey = new Map<string, string>();
  const people = draft.persons.map((p) => {
    const previous = kept(p);
    const known = previous?.personId ?? p.personId ?? undefined;
    const details = detailsOf(p, previous ?? (known ? records.get(known) : undefined) ?? NO_DETAILS);
    const id = known ?? crypto.randomUUID();
    idOfKey.set(p.key, id);
    return { p, id, known: known !== undefined, details };
  });
  // The registry answers search with the latest identifying basics; the report keeps its own record.
  const registry = (list: typeof people) => list.map(({ id, details }) => ({ id, ...registryBasics(details) }));
  const known = people.filter((x) => x.known);
  const fresh = people.filter((x) => !x.known);
  if (known.length) await exec(tx, updateRegistryStatement(registry(known), at));
  if (fresh.length) {
    await exec(tx, insertPersonsStatement(registry(fresh).map((r) => ({ ...r, createdAt: at, updatedAt: at }))));
  }
  const id = (key: string) => {
    const found = idOfKey.get(key);
    if (found === undefined) throw new Error(`No person has the key ${key} (draftIssues checks references)`);
    return found;
  };

  if (before) await exec(tx, deletePartsStatement(reportId));
  const persons = people.map(({ p, id, details }, position) => ({
    reportId,
    personId: id,
    key: p.key,
    roles: p.roles,
    ...details,
    approximateAge: p.approximateAge ?? null,
    position,
    currentLocation: currentLocationColumn(p),
  }));
  if (persons.length) await exec(tx, insertReportPersonsStatement(persons));
  const indicators = draft.indicators.map((i) => ({ reportId, childId: id(i.childKey), code: i.code }));
  if (indicators.length) await exec(tx, insertIndicatorsStatement(indicators));
  const relationships = relationshipRows(draft, reportId, id);
  if (relationships.length) await exec(tx, insertRelationshipsStatement(relationships));
  const identifiers = identifierRows(draft, reportId, id, before?.identifiers);
  if (identifiers.length) await exec(tx, insertIdentifiersStatement(identifiers));

  await writeAllegations(tx, reportId, draft, id, before);

  if (draft.recommendation) {
    await exec(tx, saveRecommendationStatement({ reportId, ...recommendationColumns(draft.recommendation) }));
  } else if (before?.recommendation) {
    await exec(tx, deleteRecommendationStatement(reportId));
  }

  // A person made by an earlier save of this draft and now dropped from it is nobody: remove them.
  const named = new Set(idOfKey.values());
  const dropped = (before?.persons ?? []).map((p) => p.personId).filter((pid) => !named.has(pid));
  if (dropped.length) await exec(tx, deleteUnusedPersonsStatement(dropped));
}

async function writeAllegations(
  tx: Tx,
  reportId: string,
  draft: Draft,
  id: (key: string) => string,
  before: ReportRow | null,
): Promise<void> {
  const existing = before?.allegations ?? [];
  const idOfKey = new Map(existing.map((a) => [a.key, a.id]));
  const keep = new Set(draft.allegations.map((a) => a.key));
  const gone = existing.filter((a) => !keep.has(a.key)).map((a) => a.id);
  if (gone.length) await exec(tx, deleteAllegationsStatement(gone));

  const rows = draft.allegations.map((a, position) => ({
    ...allegationRow(a, { id: idOfKey.get(a.key) ?? crypto.randomUUID(), reportId, position }, id),
    maltreaterKeys: a.maltreaterKeys,
    isKept: idOfKey.has(a.key),
  }));
  const kept = rows.filter((r) => r.isKept);
  if (kept.length) {
    await exec(tx, clearAllegationTypesStatement(reportId));
    await exec(tx, updateAllegationsStatement(kept));
  }
  const fresh = rows.filter((r) => !r.isKept);
  if (fresh.length) await exec(tx, insertAllegationsStatement(fresh));
  const pairs = rows.flatMap((r) => r.maltreaterKeys.map((k) => ({ allegationId: r.id, personId: id(k) })));
  if (pairs.length) await exec(tx, insertMaltreatersStatement(pairs));
}
