import {
  type AccessReport,
  type CheckedDraft,
  type Draft,
  type DraftInput,
  draftIssues,
  draftSchema,
} from '@cps/domain';
import type { z } from 'zod';
import { nowToTheMinute } from '../../ui/chicago-time';
import { rememberNumber } from '../duplicates/open-reports';

/** 'persons.0.dateOfBirth' → ['persons', 0, 'dateOfBirth'] (zod and react-hook-form paths). */
export function pathSegments(path: string): (string | number)[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * The intake form's schema: the shared draft document plus the API's own 400 checks
 * (draftIssues: broken references, duplicates, future dates), so a draft the form accepts is a
 * draft the API saves.
 */
export const intakeFormSchema = draftSchema.superRefine((draft, ctx) => {
  for (const issue of draftIssues(draft, new Date())) {
    ctx.addIssue({ code: 'custom', path: pathSegments(issue.path), message: issue.message });
  }
});

export type IntakeValues = z.input<typeof intakeFormSchema>;
export type PersonValues = NonNullable<DraftInput['persons']>[number];
export type AllegationValues = NonNullable<DraftInput['allegations']>[number];
export type IndicatorValues = NonNullable<DraftInput['indicators']>[number];

export function emptyValues(countyCode: string, now = new Date()): IntakeValues {
  return {
    countyCode,
    receivedAt: nowToTheMinute(now),
    reporter: { type: null, name: '', phone: '', anonymous: false },
    narrative: '',
    presentDangerThreat: null,
    persons: [],
    indicators: [],
    allegations: [],
    relationships: [],
    identifiers: [],
    recommendation: {
      decision: null,
      screenOutReason: null,
      responseTime: null,
      rationale: '',
      duplicateOfReportId: null,
    },
  };
}

/**
 * The server's report as form values. Text fields hold '' rather than null (what inputs give
 * back). `personId` stays null: the API keeps each key's person from save to save, so only a
 * link chosen in this session needs sending.
 */
export function toFormValues(report: AccessReport): IntakeValues {
  // A report restored from this browser's own copy may predate a field: read each defensively.
  const r: Partial<AccessReport['reporter']> = report.reporter ?? {};
  const rec: Partial<NonNullable<AccessReport['recommendation']>> = report.recommendation ?? {};
  // The form keeps the original's id; its number, to say "Duplicate of 2026-079-00042", is kept aside.
  if (rec.duplicateOfReportId && rec.duplicateOfReportNumber)
    rememberNumber(rec.duplicateOfReportId, rec.duplicateOfReportNumber);
  return {
    countyCode: report.countyCode,
    receivedAt: report.receivedAt ?? null,
    reporter: { type: r.type ?? null, name: r.name ?? '', phone: r.phone ?? '', anonymous: r.anonymous ?? false },
    narrative: report.narrative ?? '',
    presentDangerThreat: report.presentDangerThreat ?? null,
    persons: report.persons.map((p) => ({
      key: p.key,
      personId: null,
      firstName: p.firstName ?? '',
      lastName: p.lastName ?? '',
      dateOfBirth: p.dateOfBirth ?? null,
      approximateAge: p.approximateAge ?? null,
      gender: p.gender ?? null,
      hispanicEthnicity: p.hispanicEthnicity ?? null,
      primaryRace: p.primaryRace ?? null,
      indianChild: p.indianChild ?? null,
      tribe: p.tribe ?? '',
      roles: p.roles ?? [],
    })),
    indicators: (report.indicators ?? []).map((i) => ({ childKey: i.childKey, code: i.code })),
    allegations: (report.allegations ?? []).map((a) => ({
      key: a.key,
      childKey: a.childKey ?? null,
      maltreaterKeys: a.maltreaterKeys ?? [],
      maltreatmentType: a.maltreatmentType ?? null,
      descriptors: a.descriptors ?? [],
      maltreaterRelationship: a.maltreaterRelationship ?? null,
    })),
    relationships: (report.relationships ?? []).map((x) => ({ fromKey: x.fromKey, toKey: x.toKey, type: x.type })),
    identifiers: (report.identifiers ?? []).map((i) => ({
      key: i.key,
      personKey: i.personKey ?? null,
      kind: i.kind,
      value: i.value,
      platform: i.platform ?? null,
    })),
    recommendation: {
      decision: rec.decision ?? null,
      screenOutReason: rec.screenOutReason ?? null,
      responseTime: rec.responseTime ?? null,
      rationale: rec.rationale ?? '',
      duplicateOfReportId: rec.duplicateOfReportId ?? null,
    },
  };
}

export type ParsedDraft = { ok: true; draft: Draft } | { ok: false; issues: { path: string; message: string }[] };

/** The draft to send, or what stops it (the API would answer 400 with the same issues). */
export function parseDraft(values: IntakeValues): ParsedDraft {
  const { values: sent, formPath } = withoutUnfinishedRows(values);
  const result = intakeFormSchema.safeParse(sent);
  if (result.success) return { ok: true, draft: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: formPath(i.path.map(String).join('.')), message: i.message })),
  };
}

/**
 * A relationship row not yet complete (from, type and to) and an identifier row with no value yet
 * are left out of the draft sent, so adding a row never holds up the autosave; issue paths are
 * mapped back to the rows of the form.
 */
function withoutUnfinishedRows(values: IntakeValues) {
  const relationships = (values.relationships ?? []).map((r, i) => [r, i] as const);
  const identifiers = (values.identifiers ?? []).map((x, i) => [x, i] as const);
  const keptRelationships = relationships.filter(([r]) => r.fromKey && r.toKey && r.type);
  const keptIdentifiers = identifiers.filter(([x]) => (x.value ?? '').trim() !== '');
  const formIndex: Record<string, number[]> = {
    relationships: keptRelationships.map(([, i]) => i),
    identifiers: keptIdentifiers.map(([, i]) => i),
  };
  const formPath = (path: string) =>
    path.replace(/^(relationships|identifiers)\.(\d+)/, (whole, list: string, n: string) => {
      const index = formIndex[list]?.[Number(n)];
      return index === undefined ? whole : `${list}.${index}`;
    });
  return {
    values: {
      ...values,
      relationships: keptRelationships.map(([r]) => r),
      identifiers: keptIdentifiers.map(([x]) => x),
    },
    formPath,
  };
}

/** Form values the domain's rules can read without throwing (half-typed dates become unknown). */
export function forRules(values: IntakeValues): CheckedDraft & { narrative?: string | null } {
  const validDate = (d: string | null | undefined) =>
    d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) ? d : null;
  const received = values.receivedAt && !Number.isNaN(Date.parse(values.receivedAt)) ? values.receivedAt : null;
  return {
    ...values,
    receivedAt: received,
    persons: (values.persons ?? []).map((p) => ({
      ...p,
      dateOfBirth: validDate(p.dateOfBirth),
      approximateAge:
        typeof p.approximateAge === 'number' && Number.isFinite(p.approximateAge) ? p.approximateAge : null,
    })),
    allegations: (values.allegations ?? []).map((a) => ({ ...a, key: a.key })),
  } as CheckedDraft & { narrative?: string | null };
}
