import type { Draft, ReportPerson } from '@cps/domain';
import { InvalidInput } from '../common/domain-error';
import type { Prisma } from '../generated/prisma/client';
import {
  DETAIL_FIELDS,
  type DetailField,
  type Details,
  detailsOf,
  NO_DETAILS,
  recommendationColumns,
  registryBasics,
} from './draft-rows';

type Tx = Prisma.TransactionClient;

const DETAIL_SELECT = Object.fromEntries(DETAIL_FIELDS.map((f) => [f, true])) as { [F in DetailField]: true };

/**
 * What a newly linked person brings into this report (domain.md, "Person"): from the latest other
 * report of the same county that records them, everything it recorded; for a person known only to
 * other counties, the registry's identifying basics alone: another county's record of their
 * ethnicity, race or tribe is not this county's to see.
 */
async function earlierRecords(
  tx: Tx,
  reportId: string,
  countyCode: string,
  personIds: string[],
): Promise<Map<string, Details>> {
  if (personIds.length === 0) return new Map();
  const own = await tx.reportPerson.findMany({
    where: { personId: { in: personIds }, reportId: { not: reportId }, report: { countyCode } },
    orderBy: [
      { personId: 'asc' },
      { report: { receivedAt: { sort: 'desc', nulls: 'last' } } },
      { report: { createdAt: 'desc' } },
    ],
    distinct: ['personId'],
    select: { personId: true, ...DETAIL_SELECT },
  });
  const records = new Map<string, Details>(own.map(({ personId, ...details }) => [personId, details]));
  const others = personIds.filter((id) => !records.has(id));
  if (others.length) {
    const basics = await tx.person.findMany({
      where: { id: { in: others } },
      select: { id: true, firstName: true, lastName: true, dateOfBirth: true, gender: true },
    });
    for (const { id, ...b } of basics) records.set(id, { ...NO_DETAILS, ...b });
  }
  return records;
}

/**
 * Writes the people, allegations, indicators and recommendation of a draft, replacing what the
 * report had: matched by key, so a person keeps their statewide id and an allegation its id.
 * Runs inside the caller's transaction.
 */
export async function writeDraftParts(tx: Tx, reportId: string, draft: Draft, isNew = false): Promise<void> {
  // A new report has nothing to replace: skip the reads and deletes (the hot path of intake).
  const before = isNew
    ? []
    : await tx.reportPerson.findMany({ where: { reportId }, select: { key: true, personId: true, ...DETAIL_SELECT } });
  const previousByKey = new Map(before.map(({ key, personId, ...details }) => [key, { personId, details }]));

  const linked = draft.persons.map((p) => p.personId).filter((id): id is string => !!id);
  if (linked.length) {
    const found = new Set(
      (await tx.person.findMany({ where: { id: { in: linked } }, select: { id: true } })).map((p) => p.id),
    );
    const missing = draft.persons.flatMap((p, i) =>
      p.personId && !found.has(p.personId) ? [{ path: `persons.${i}.personId`, message: 'no person has this id' }] : [],
    );
    if (missing.length) throw new InvalidInput(missing);
  }

  // Resolve each key to a person and what this report records about them: kept from the last save
  // (same key, same person), newly linked by search (from their earlier records), or new.
  const kept = (p: ReportPerson) => {
    const previous = previousByKey.get(p.key);
    return previous && (!p.personId || p.personId === previous.personId) ? previous : undefined;
  };
  const newlyLinked = draft.persons.filter((p) => p.personId && !kept(p)).map((p) => p.personId as string);
  const records = await earlierRecords(tx, reportId, draft.countyCode, newlyLinked);

  const idOfKey = new Map<string, string>();
  const detailsOfKey = new Map<string, Details>();
  const fresh: ReportPerson[] = [];
  for (const p of draft.persons) {
    const previous = kept(p);
    const id = previous?.personId ?? p.personId;
    const details = detailsOf(p, previous?.details ?? (id ? records.get(id) : undefined) ?? NO_DETAILS);
    detailsOfKey.set(p.key, details);
    if (id) {
      idOfKey.set(p.key, id);
      // The registry answers search with the latest identifying basics; the report keeps its own record.
      await tx.person.update({ where: { id }, data: registryBasics(details), select: { id: true } });
    } else fresh.push(p);
  }
  if (fresh.length) {
    const created = await tx.person.createManyAndReturn({
      data: fresh.map((p) => registryBasics(detailsOfKey.get(p.key) ?? NO_DETAILS)),
      select: { id: true },
    });
    fresh.forEach((p, i) => {
      const made = created[i];
      if (made) idOfKey.set(p.key, made.id);
    });
  }
  const id = (key: string) => idOfKey.get(key) as string;

  if (!isNew) await tx.reportPerson.deleteMany({ where: { reportId } });
  if (draft.persons.length) {
    await tx.reportPerson.createMany({
      data: draft.persons.map((p, position) => ({
        reportId,
        personId: id(p.key),
        key: p.key,
        roles: p.roles,
        ...(detailsOfKey.get(p.key) ?? NO_DETAILS),
        approximateAge: p.approximateAge ?? null,
        position,
      })),
    });
  }

  if (!isNew) await tx.reportIndicator.deleteMany({ where: { reportId } });
  if (draft.indicators.length) {
    await tx.reportIndicator.createMany({
      data: draft.indicators.map((i) => ({ reportId, childId: id(i.childKey), code: i.code })),
    });
  }

  await writeAllegations(tx, reportId, draft, id, isNew);

  if (draft.recommendation && isNew) {
    await tx.screeningRecommendation.create({ data: { reportId, ...recommendationColumns(draft.recommendation) } });
  } else if (draft.recommendation) {
    const data = recommendationColumns(draft.recommendation);
    await tx.screeningRecommendation.upsert({ where: { reportId }, create: { reportId, ...data }, update: data });
  } else if (!isNew) {
    await tx.screeningRecommendation.deleteMany({ where: { reportId } });
  }

  // A person made by an earlier save of this draft and now dropped from it is nobody: remove them.
  const dropped = before.map((p) => p.personId).filter((pid) => ![...idOfKey.values()].includes(pid));
  if (dropped.length) {
    await tx.person.deleteMany({
      where: {
        id: { in: dropped },
        reportRoles: { none: {} },
        allegations: { none: {} },
        maltreatments: { none: {} },
        indicators: { none: {} },
      },
    });
  }
}

async function writeAllegations(tx: Tx, reportId: string, draft: Draft, id: (key: string) => string, isNew: boolean) {
  const existing = isNew ? [] : await tx.allegation.findMany({ where: { reportId }, select: { id: true, key: true } });
  const idOfKey = new Map(existing.map((a) => [a.key, a.id]));
  const keep = new Set(draft.allegations.map((a) => a.key));
  const gone = existing.filter((a) => !keep.has(a.key)).map((a) => a.id);
  if (gone.length) await tx.allegation.deleteMany({ where: { id: { in: gone } } });
  // Clear the (report, child, type) slots first, so swapping two allegations' types cannot collide.
  const kept = draft.allegations.filter((a) => idOfKey.has(a.key));
  if (kept.length) await tx.allegation.updateMany({ where: { reportId }, data: { maltreatmentType: null } });

  const columns = (a: Draft['allegations'][number], position: number) => ({
    childId: a.childKey ? id(a.childKey) : null,
    maltreatmentType: a.maltreatmentType ?? null,
    descriptors: a.descriptors,
    maltreaterRelationship: a.maltreaterRelationship ?? null,
    position,
  });
  for (const [position, a] of draft.allegations.entries()) {
    const allegationId = idOfKey.get(a.key);
    if (allegationId)
      await tx.allegation.update({ where: { id: allegationId }, data: columns(a, position), select: { id: true } });
  }
  const fresh = draft.allegations.map((a, position) => ({ a, position })).filter(({ a }) => !idOfKey.has(a.key));
  if (fresh.length) {
    const created = await tx.allegation.createManyAndReturn({
      data: fresh.map(({ a, position }) => ({ reportId, key: a.key, ...columns(a, position) })),
      select: { id: true, key: true },
    });
    for (const c of created) idOfKey.set(c.key, c.id);
  }
  if (!isNew) await tx.allegationMaltreater.deleteMany({ where: { allegation: { reportId } } });
  const allegationOf = (key: string) => {
    const found = idOfKey.get(key);
    if (found === undefined) throw new Error(`Allegation ${key} was neither kept nor created`);
    return found;
  };
  const pairs = draft.allegations.flatMap((a) =>
    a.maltreaterKeys.map((k) => ({ allegationId: allegationOf(a.key), personId: id(k) })),
  );
  if (pairs.length) await tx.allegationMaltreater.createMany({ data: pairs });
}
