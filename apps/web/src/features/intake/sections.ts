// The form's sections, in page order: the sticky nav, the error summary's order and the anchors.

export const sections = [
  { id: 'received', title: 'Received' },
  { id: 'reporter', title: 'Reporter' },
  { id: 'incident', title: 'Incident' },
  { id: 'people', title: 'People' },
  { id: 'household', title: 'Household' },
  { id: 'allegations', title: 'Allegations' },
  { id: 'safety', title: 'Safety' },
  { id: 'identifiers', title: 'Identifiers' },
  { id: 'notifications', title: 'Police and tribe' },
  { id: 'narrative', title: 'Narrative' },
  { id: 'recommendation', title: 'Recommendation' },
] as const;

export type SectionId = (typeof sections)[number]['id'];

export function sectionOf(anchor: string): SectionId {
  if (anchor === 'receivedAt') return 'received';
  if (anchor.startsWith('reporter')) return 'reporter';
  if (anchor.startsWith('incident') || anchor.startsWith('workerSafetyConcerns')) return 'incident';
  if (anchor.startsWith('persons')) return 'people';
  if (anchor.startsWith('relationships')) return 'household';
  if (anchor.startsWith('identifiers')) return 'identifiers';
  if (anchor.startsWith('allegations')) return 'allegations';
  if (anchor.startsWith('indicators') || anchor === 'presentDangerThreat') return 'safety';
  if (anchor === 'narrative') return 'narrative';
  return 'recommendation';
}

const FIELD_ORDER = [
  'personId',
  'firstName',
  'lastName',
  'dateOfBirth',
  'approximateAge',
  'gender',
  'hispanicEthnicity',
  'primaryRace',
  'indianChild',
  'tribe',
  'roles',
  'childKey',
  'maltreatmentType',
  'descriptors',
  'maltreaterKeys',
  'maltreaterRelationship',
  'type',
  'anonymous',
  'name',
  'phone',
  'decision',
  'screenOutReason',
  'responseTime',
  'rationale',
];

/** Page order of two anchors: section, then item number, then field. */
export function compareAnchors(a: string, b: string): number {
  const rank = (anchor: string): [number, number, number] => {
    const section = sections.findIndex((s) => s.id === sectionOf(anchor));
    const item = /\.(\d+)/.exec(anchor);
    const field = FIELD_ORDER.indexOf(anchor.split('.').pop() ?? '');
    return [anchor === 'form' ? -1 : section, item ? Number(item[1]) : -1, field];
  };
  const [x, y] = [rank(a), rank(b)];
  for (const i of [0, 1, 2] as const) if (x[i] !== y[i]) return x[i] - y[i];
  return a < b ? -1 : a > b ? 1 : 0;
}
