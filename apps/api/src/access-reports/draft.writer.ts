import { nameKey, type Draft, type ReportPerson } from '@cps/domain';
import type { Prisma } from '../generated/prisma/client';
import { InvalidInput } from '../common/domain-error';
import { fromDateOnly } from '../users/user.mapper';

type Tx = Prisma.TransactionClient;

const day = (d: string | null | undefined) => (d === undefined ? undefined : fromDateOnly(d));

/** Person columns from a draft person: absent fields keep the person's value, null clears it. */
function personData(p: ReportPerson) {
  const data: Prisma.PersonUpdateInput = {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: day(p.dateOfBirth),
    gender: p.gender,
    hispanicEthnicity: p.hispanicEthnicity,
    primaryRace: p.primaryRace,
    indianChild: p.indianChild,
    tribe: p.tribe,
  };
  if (p.firstName !== undefined) data.firstNameKey = nameKey(p.firstName);
  if (p.lastName !== undefined) data.lastNameKey = nameKey(p.lastName);
  return data;
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
  const before = isNew ? [] : await tx.reportPerson.findMany({ where: { reportId }, select: { key: true, personId: true } });
  const previousByKey = new Map(before.map((p) => [p.key, p.personId]));

  const linked = draft.persons.map((p) => p.personId).filter((id): id is string => !!id);
  if (linked.length) {
    const found = new Set((await tx.person.findMany({ where: { id: { in: linked } }, select: { id: true } })).map((p) => p.id));
    const missing = draft.persons.flatMap((p, i) => (p.personId && !found.has(p.personId) ? [{ path: `persons.${i}.personId`, message: 'no person has this id' }] : []));
    if (missing.length) throw new InvalidInput(missing);
  }

  // Resolve each key to a person: linked by search, kept from the last save, or new.
  const idOfKey = new Map<string, string>();
  const fresh: ReportPerson[] = [];
  for (const p of draft.persons) {
    const id = p.personId ?? previousByKey.get(p.key);
    if (id) {
      idOfKey.set(p.key, id);
      await tx.person.update({ where: { id }, data: personData(p), select: { id: true } });
    } else fresh.push(p);
  }
  if (fresh.length) {
    const created = await tx.person.createManyAndReturn({
      data: fresh.map((p) => personData(p) as Prisma.PersonCreateManyInput),
      select: { id: true },
    });
    fresh.forEach((p, i) => idOfKey.set(p.key, created[i]!.id));
  }
  const id = (key: string) => idOfKey.get(key)!;

  if (!isNew) await tx.reportPerson.deleteMany({ where: { reportId } });
  if (draft.persons.length) {
    await tx.reportPerson.createMany({
      data: draft.persons.map((p, position) => ({ reportId, personId: id(p.key), key: p.key, roles: p.roles, approximateAge: p.approximateAge ?? null, position })),
    });
  }

  if (!isNew) await tx.reportIndicator.deleteMany({ where: { reportId } });
  if (draft.indicators.length) {
    await tx.reportIndicator.createMany({ data: draft.indicators.map((i) => ({ reportId, childId: id(i.childKey), code: i.code })) });
  }

  await writeAllegations(tx, reportId, draft, id, isNew);

  if (draft.recommendation && isNew) {
    const r = draft.recommendation;
    await tx.screeningRecommendation.create({
      data: { reportId, decision: r.decision ?? null, screenOutReason: r.screenOutReason ?? null, responseTime: r.responseTime ?? null, rationale: r.rationale ?? null },
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
      where: { id: { in: dropped }, reportRoles: { none: {} }, allegations: { none: {} }, maltreatments: { none: {} }, indicators: { none: {} } },
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
    if (allegationId) await tx.allegation.update({ where: { id: allegationId }, data: columns(a, position), select: { id: true } });
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
  const pairs = draft.allegations.flatMap((a) => a.maltreaterKeys.map((k) => ({ allegationId: idOfKey.get(a.key)!, personId: id(k) })));
  if (pairs.length) await tx.allegationMaltreater.createMany({ data: pairs });
}
