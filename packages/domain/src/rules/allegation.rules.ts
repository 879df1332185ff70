import { recordedCaregiver } from '../reports/household.schema';
import { ageAtReport } from './age';
import { hasSexTrafficking, type RuleReport } from './rule-report';
import type { Violation } from './violation';

// ST-AGE, ST-TYPE, ST-NEGLECT and ST-INDICATOR: the allegation rules of docs/domain.md, refused at submit.
// A reference that names no person is an input error (draft-checks.ts), so these rules skip it.

const ST_TYPES: readonly (string | null | undefined)[] = ['SEXUAL_ABUSE', 'NEGLECT'];

/** ST-AGE: a sex trafficking allegation needs a child under 18 on the date received; unknown age is allowed. */
export function stAgeViolations(report: RuleReport): Violation[] {
  const persons = report.persons ?? [];
  return (report.allegations ?? []).flatMap((allegation, i) => {
    if (!hasSexTrafficking(allegation)) return [];
    const child = persons.find((p) => p.key === allegation.childKey);
    const age = child ? ageAtReport(child, report.receivedAt) : null;
    if (age === null || age < 18) return [];
    return [
      {
        rule: 'ST-AGE' as const,
        path: `allegations.${i}.descriptors`,
        message: `Child sex trafficking needs a child under 18, but this child was ${age} on the date received: check the date of birth or age, or remove the sex trafficking descriptor.`,
      },
    ];
  });
}

/** ST-TYPE: the descriptor only on SEXUAL_ABUSE or NEGLECT (no type chosen yet is not a violation). */
export function stTypeViolations(report: RuleReport): Violation[] {
  return (report.allegations ?? []).flatMap((allegation, i) =>
    hasSexTrafficking(allegation) && allegation.maltreatmentType && !ST_TYPES.includes(allegation.maltreatmentType)
      ? [
          {
            rule: 'ST-TYPE' as const,
            path: `allegations.${i}.descriptors`,
            message:
              'Sex trafficking can be recorded only on a sexual abuse or neglect allegation: change the maltreatment type or remove the sex trafficking descriptor.',
          },
        ]
      : [],
  );
}

/**
 * ST-NEGLECT: NEGLECT + SEX_TRAFFICKING only against the primary caregiver (a missing relationship fails too).
 * The household relationships are read too: when the allegation's relationship is missing and one of its
 * alleged maltreaters is recorded as the child's parent, step-parent, guardian or foster parent, the
 * allegation counts as against the primary caregiver. An answer given on the allegation is never
 * overridden: a NON_CAREGIVER (or other) answer that a recorded parent relationship contradicts still
 * fails, with a message naming the contradiction, so the worker corrects one or the other.
 */
export function stNeglectViolations(report: RuleReport): Violation[] {
  return (report.allegations ?? []).flatMap((allegation, i) => {
    if (!hasSexTrafficking(allegation) || allegation.maltreatmentType !== 'NEGLECT') return [];
    if (allegation.maltreaterRelationship === 'PRIMARY_CAREGIVER') return [];
    const recorded =
      !!allegation.childKey &&
      (allegation.maltreaterKeys ?? []).some((m) =>
        recordedCaregiver(report.relationships, m, allegation.childKey as string),
      );
    if (recorded && !allegation.maltreaterRelationship) return [];
    return [
      {
        rule: 'ST-NEGLECT' as const,
        path: `allegations.${i}.maltreaterRelationship`,
        message: recorded
          ? "Neglect with sex trafficking is recorded only against the primary caregiver, and the household relationships record this alleged maltreater as the child's parent or guardian: set the relationship to primary caregiver, or correct the household relationship, or record the trafficking as sexual abuse."
          : 'Neglect with sex trafficking is recorded only against the primary caregiver who did not protect the child: set the relationship to primary caregiver, or record the trafficking as sexual abuse.',
      },
    ];
  });
}

/** ST-INDICATOR: a child with a trafficking indicator must have a sex trafficking allegation. */
export function stIndicatorViolations(report: RuleReport): Violation[] {
  const allegations = report.allegations ?? [];
  return (report.indicators ?? []).flatMap((indicator, i) =>
    allegations.some((a) => a.childKey === indicator.childKey && hasSexTrafficking(a))
      ? []
      : [
          {
            rule: 'ST-INDICATOR' as const,
            path: `indicators.${i}`,
            message:
              'A trafficking indicator is recorded for this child, so a diligent investigation is warranted: add a sex trafficking allegation for the child.',
          },
        ],
  );
}
