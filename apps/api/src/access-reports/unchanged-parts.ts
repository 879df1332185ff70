import type { Draft } from '@cps/domain';
import { toDateOnly } from '../users/user.mapper';
import type { ReportRow } from './report.include';

// Most autosaves change the report's own fields (the narrative as the caller talks), not its
// people, allegations, indicators or recommendation. When those parts are as stored, the save
// writes the report row alone. A draft field left out (undefined) keeps the stored value.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const kept = (given: unknown, stored: unknown) => given === undefined || same(given ?? null, stored ?? null);

export function partsUnchanged(row: ReportRow, draft: Draft): boolean {
  const keyOf = new Map(row.persons.map((p) => [p.personId, p.key]));
  const key = (id: string | null) => (id ? (keyOf.get(id) ?? null) : null);
  if (row.persons.length !== draft.persons.length || row.allegations.length !== draft.allegations.length) return false;
  const peopleSame = draft.persons.every((p, i) => {
    const rp = row.persons[i]!;
    return (
      p.key === rp.key &&
      (!p.personId || p.personId === rp.personId) &&
      same(p.roles, rp.roles) &&
      (p.approximateAge ?? null) === rp.approximateAge &&
      kept(p.firstName, rp.firstName) &&
      kept(p.lastName, rp.lastName) &&
      kept(p.dateOfBirth, toDateOnly(rp.dateOfBirth)) &&
      kept(p.gender, rp.gender) &&
      kept(p.hispanicEthnicity, rp.hispanicEthnicity) &&
      kept(p.primaryRace, rp.primaryRace) &&
      kept(p.indianChild, rp.indianChild) &&
      kept(p.tribe, rp.tribe)
    );
  });
  const allegationsSame = draft.allegations.every((a, i) => {
    const ra = row.allegations[i]!;
    return (
      a.key === ra.key &&
      (a.childKey ?? null) === key(ra.childId) &&
      same(
        a.maltreaterKeys,
        ra.maltreaters.map((m) => key(m.personId)),
      ) &&
      (a.maltreatmentType ?? null) === ra.maltreatmentType &&
      same(a.descriptors, ra.descriptors) &&
      (a.maltreaterRelationship ?? null) === ra.maltreaterRelationship
    );
  });
  const indicatorsSame = same(
    draft.indicators.map((i) => `${i.childKey}:${i.code}`).sort(),
    row.indicators.map((i) => `${key(i.childId)}:${i.code}`).sort(),
  );
  const r = draft.recommendation;
  const s = row.recommendation;
  const recommendationSame = r
    ? !!s &&
      (r.decision ?? null) === s.decision &&
      (r.screenOutReason ?? null) === s.screenOutReason &&
      (r.responseTime ?? null) === s.responseTime &&
      (r.rationale ?? null) === s.rationale
    : !s;
  return peopleSame && allegationsSame && indicatorsSame && recommendationSame;
}
