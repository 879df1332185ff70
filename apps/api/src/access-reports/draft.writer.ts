import { type Draft, nameKey, type ReportPerson } from '@cps/domain';
import { InvalidInput } from '../common/domain-error';
import type { Prisma } from '../generated/prisma/client';
import { fromDateOnly } from '../users/user.mapper';

type Tx = Prisma.TransactionClient;

/** What a report records about a person (report_persons), besides their roles and approximate age. */
type Details = {
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: Date | null;
  gender: NonNullable<ReportPerson['gender']> | null;
  hispanicEthnicity: NonNullable<ReportPerson['hispanicEthnicity']> | null;
  primaryRace: NonNullable<ReportPerson['primaryRace']> | null;
  indianChild: NonNullable<ReportPerson['indianChild']> | null;
  tribe: string | null;
};

const DETAIL_COLUMNS = {
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  gender: true,
  hispanicEthnicity: true,
  primaryRace: true,
  indianChild: true,
  tribe: true,
} as const;

export const NO_DETAILS: Details = {
  firstName: null,
  lastName: null,
  dateOfBirth: null,
  gender: null,
  hispanicEthnicity: null,
  primaryRace: null,
  indianChild: null,
  tribe: null,
};

/** The draft's values; a field the draft leaves out (undefined) keeps the one from `base`, null clears it. */
export function detailsOf(p: ReportPerson, base: Details): Details {
  const pick = <T>(given: T | undefined, kept: T | null): T | null => (given === undefined ? kept : given);
  return {
    firstName: pick(p.firstName, base.firstName),
    lastName: pick(p.lastName, base.lastName),
    dateOfBirth: p.dateOfBirth === undefined ? base.dateOfBirth : fromDateOnly(p.dateOfBirth),
    gender: pick(p.gender, base.gender),
    hispanicEthnicity: pick(p.hispanicEthnicity, base.hispanicEthnicity),
    primaryRace: pick(p.primaryRace, base.primaryRace),
    indianChild: pick(p.indianChild, base.indianChild),
    tribe: pick(p.tribe, base.tribe),
  };
}

/** The registry's identifying basics (search answers with them) from what the report records. */
function basicsOf(d: Details) {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    firstNameKey: nameKey(d.firstName),
    lastNameKey: nameKey(d.lastName),
    dateOfBirth: d.dateOfBirth,
    gender: d.gender,
  };
}

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
    select: { personId: true, ...DETAIL_COLUMNS },
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

/** Report columns of a draft (not the lifecycle). */
export function reportColumns(draft: Draft) {
  return {
    countyCode: draft.countyCode,
    receivedAt: draft.receivedAt ? new Date(draft.receivedAt) : null,
    reporterType: draft.reporter?.type ?? null,
    reporterName: draft.reporter?.anonymous ? null : (draft.reporter?.name ?? null),
    reporterPhone: draft.reporter?.anonymous ? null : (draft.reporter?.phone ?? null),
    reporterAnonymous: draft.reporter?.anonymous ?? false,
    narrative: draft.narrative ?? null,
    presentDangerThreat: draft.presentDangerThreat ?? null,
  };
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
    : await tx.reportPerson.findMany({ where: { reportId }, select: { key: true, personId: true, ...DETAIL_COLUMNS } });
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
      await tx.person.update({ where: { id }, data: basicsOf(details), select: { id: true } });
    } else fresh.push(p);
  }
  if (fresh.length) {
    const created = await tx.person.createManyAndReturn({
      data: fresh.map((p) => basicsOf(detailsOfKey.get(p.key) ?? NO_DETAILS)),
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
    const r = draft.recommendation;
    await tx.screeningRecommendation.create({
      data: {
        reportId,
        decision: r.decision ?? null,
        screenOutReason: r.screenOutReason ?? null,
        responseTime: r.responseTime ?? null,
        rationale: r.rationale ?? null,
      },
    });
  } else if (draft.recommendation) {
    const data = {
      decision: draft.recommendation.decision ?? null,
      screenOutReason: draft.recommendation.screenOutReason ?? null,
      responseTime: draft.recommendation.responseTime ?? null,
      rationale: draft.recommendation.rationale ?? null,
    };
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
  const pairs = draft.allegations.flatMap((a) =>
    a.maltreaterKeys.map((k) => ({ allegationId: idOfKey.get(a.key)!, personId: id(k) })),
  );
  if (pairs.length) await tx.allegationMaltreater.createMany({ data: pairs });
}
