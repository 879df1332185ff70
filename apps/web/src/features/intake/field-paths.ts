import type { IntakeValues } from './intake-form.schema';
import { personLabel } from './people';

// Every message the form shows (rules, input checks, the API's 400/422) names a document path
// such as `allegations.0.maltreaterRelationship`. An anchor is the element that path belongs
// to; its DOM id is fieldId(anchor), so error-summary links and aria-describedby agree.

export function fieldId(anchor: string): string {
  return `field-${anchor.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

const FORM = 'form';
const TOP =
  /^(receivedAt|narrative|presentDangerThreat|persons|allegations|reporter\.(type|name|phone|anonymous)|recommendation\.(decision|screenOutReason|responseTime|rationale))$/;
const PERSON_FIELDS =
  'firstName|lastName|dateOfBirth|approximateAge|gender|hispanicEthnicity|primaryRace|indianChild|tribe|roles|personId';
const PERSON = new RegExp(`^persons\\.(\\d+)(?:\\.(${PERSON_FIELDS}))?`);
const ALLEGATION =
  /^allegations\.(\d+)(?:\.(childKey|maltreatmentType|descriptors|maltreaterKeys|maltreaterRelationship))?/;
const INDICATOR = /^indicators\.(\d+)/;

/** The anchor of a document path: the field, else its card, else the form as a whole. */
export function anchorOf(path: string, values: IntakeValues): string {
  if (TOP.test(path)) return path;
  const person = PERSON.exec(path);
  if (person) return person[2] ? `persons.${person[1]}.${person[2]}` : `persons.${person[1]}`;
  const allegation = ALLEGATION.exec(path);
  if (allegation)
    return allegation[2] ? `allegations.${allegation[1]}.${allegation[2]}` : `allegations.${allegation[1]}`;
  const indicator = INDICATOR.exec(path);
  if (indicator) {
    const childKey = values.indicators?.[Number(indicator[1])]?.childKey;
    return childKey ? `indicators@${childKey}` : FORM;
  }
  if (path.startsWith('reporter')) return 'reporter.type';
  if (path.startsWith('recommendation')) return 'recommendation.decision';
  return FORM;
}

const labels: Record<string, string> = {
  receivedAt: 'Date and time received',
  'reporter.type': 'Reporter type',
  'reporter.name': 'Reporter name',
  'reporter.phone': 'Reporter phone',
  'reporter.anonymous': 'Anonymous reporter',
  narrative: 'Narrative',
  presentDangerThreat: 'Present danger threat',
  persons: 'People',
  allegations: 'Allegations',
  'recommendation.decision': 'Recommendation',
  'recommendation.screenOutReason': 'Screen-out reason',
  'recommendation.responseTime': 'Response time',
  'recommendation.rationale': 'Rationale',
  firstName: 'first name',
  lastName: 'last name',
  dateOfBirth: 'date of birth',
  approximateAge: 'approximate age',
  gender: 'gender',
  hispanicEthnicity: 'Hispanic ethnicity',
  primaryRace: 'primary race',
  indianChild: 'Indian child (ICWA)',
  tribe: 'tribe',
  roles: 'roles',
  personId: 'linked person',
  childKey: 'child',
  maltreatmentType: 'maltreatment type',
  descriptors: 'sex trafficking',
  maltreaterKeys: 'alleged maltreaters',
  maltreaterRelationship: 'relationship to the child',
};

/** Words for an anchor, for the error summary and the conflict list. */
export function describeAnchor(anchor: string, values: IntakeValues): string {
  if (labels[anchor]) return labels[anchor];
  const person = /^persons\.(\d+)(?:\.(\w+))?$/.exec(anchor);
  if (person) {
    const i = Number(person[1]);
    const who = `Person ${i + 1} (${personLabel(values.persons?.[i])})`;
    return person[2] ? `${who}: ${labels[person[2]] ?? person[2]}` : who;
  }
  const allegation = /^allegations\.(\d+)(?:\.(\w+))?$/.exec(anchor);
  if (allegation) {
    const who = `Allegation ${Number(allegation[1]) + 1}`;
    return allegation[2] ? `${who}: ${labels[allegation[2]] ?? allegation[2]}` : who;
  }
  const indicator = /^indicators@(.+)$/.exec(anchor);
  if (indicator) {
    const child = values.persons?.find((p) => p.key === indicator[1]);
    return `Trafficking indicators (${personLabel(child)})`;
  }
  return 'The report';
}

/** Moves focus to the element of an anchor (or the nearest enclosing one) and brings it into view. */
export function focusAnchor(anchor: string): boolean {
  let candidate = anchor;
  for (;;) {
    const element = document.getElementById(fieldId(candidate));
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
      return true;
    }
    const cut = candidate.lastIndexOf('.');
    if (cut < 0) return false;
    candidate = candidate.slice(0, cut);
  }
}
