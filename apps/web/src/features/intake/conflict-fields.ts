import {
  type CodeLabel,
  descriptors,
  ethnicities,
  genders,
  indicators,
  maltreatmentTypes,
  races,
  relationships,
  reporterTypes,
  responseTimes,
  screenOutReasons,
} from '@cps/domain';
import { formatChicago } from '../../ui/chicago-time';
import type { IntakeValues, PersonValues } from './intake-form.schema';
import { fullName, rolesText } from './people';
import { compareAnchors } from './sections';

// The conflict view's fields: each field of the draft that differs between the worker's copy and
// the saved one, named in words ("Maya Thompson — date of birth") with both values as text, and
// whether each side changed it since the version this tab last saved (the base). People and
// allegations are matched by key, so a person added on one side is one entry, not a shifted list.

export type Choice = 'mine' | 'saved';

export type ConflictField = {
  /** Stable id: `narrative`, `persons@c1.dateOfBirth`, `persons@c1` (only one side has them), `indicators@c1`. */
  id: string;
  label: string;
  mine: string;
  saved: string;
  /** Differs from the base: this tab changed it. Without a base, both count as changed. */
  mineChanged: boolean;
  savedChanged: boolean;
};

type Entry = { text: string; order: string };
type Entries = Map<string, Entry>;

const TOP: { path: string; label: string; codes?: readonly CodeLabel[] }[] = [
  { path: 'receivedAt', label: 'Date and time received' },
  { path: 'reporter.type', label: 'Reporter type', codes: reporterTypes },
  { path: 'reporter.anonymous', label: 'Anonymous reporter' },
  { path: 'reporter.name', label: 'Reporter name' },
  { path: 'reporter.phone', label: 'Reporter phone' },
  { path: 'presentDangerThreat', label: 'Present danger threat' },
  { path: 'narrative', label: 'Narrative' },
  { path: 'recommendation.decision', label: 'Recommendation' },
  { path: 'recommendation.screenOutReason', label: 'Screen-out reason', codes: screenOutReasons },
  { path: 'recommendation.responseTime', label: 'Response time', codes: responseTimes },
  { path: 'recommendation.rationale', label: 'Rationale' },
];

const PERSON_FIELDS: { field: keyof PersonValues; label: string; codes?: readonly CodeLabel[] }[] = [
  { field: 'firstName', label: 'first name' },
  { field: 'lastName', label: 'last name' },
  { field: 'dateOfBirth', label: 'date of birth' },
  { field: 'approximateAge', label: 'approximate age' },
  { field: 'gender', label: 'gender', codes: genders },
  { field: 'hispanicEthnicity', label: 'Hispanic ethnicity', codes: ethnicities },
  { field: 'primaryRace', label: 'primary race', codes: races },
  { field: 'indianChild', label: 'Indian child (ICWA)' },
  { field: 'tribe', label: 'tribe' },
  { field: 'roles', label: 'roles' },
];

const ALLEGATION_FIELDS = [
  { field: 'childKey', label: 'child' },
  { field: 'maltreatmentType', label: 'maltreatment type', codes: maltreatmentTypes },
  { field: 'descriptors', label: 'sex trafficking', codes: descriptors },
  { field: 'maltreaterKeys', label: 'alleged maltreaters' },
  { field: 'maltreaterRelationship', label: 'relationship to the child', codes: relationships },
] as const;

const WORDS: Record<string, string> = {
  true: 'Yes',
  false: 'No',
  YES: 'Yes',
  NO: 'No',
  UNKNOWN: 'Unknown',
  SCREEN_IN: 'Screen in',
  SCREEN_OUT: 'Screen out',
};

const EMPTY = '(empty)';

function get(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as never)[k] : undefined), values);
}

function scalarText(value: unknown, codes?: readonly CodeLabel[]): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  const s = String(value);
  return codes?.find((c) => c.code === s)?.label ?? WORDS[s] ?? s;
}

function listText(values: readonly unknown[] | undefined, word: (v: string) => string): string {
  const items = (values ?? []).map((v) => word(String(v))).sort();
  return items.length ? items.join(', ') : EMPTY;
}

/** "Maya Thompson", else "Child 2" (its role and place): how the view names a person. */
export function personName(person: PersonValues | undefined, index: number): string {
  return fullName(person) || `${rolesText(person?.roles)} ${index + 1}`;
}

function entries(values: IntakeValues, names: IntakeValues): Entries {
  const out: Entries = new Map();
  const nameOf = (key: string | null | undefined) => {
    const list = names.persons ?? [];
    const i = list.findIndex((p) => p.key === key);
    const own = (values.persons ?? []).findIndex((p) => p.key === key);
    return i >= 0 ? personName(list[i], i) : own >= 0 ? personName(values.persons?.[own], own) : (key ?? EMPTY);
  };
  for (const f of TOP) {
    const value = get(values, f.path);
    const text = f.path === 'receivedAt' && typeof value === 'string' && value ? formatChicago(value) : null;
    out.set(f.path, { text: text ?? scalarText(value, f.codes), order: f.path });
  }
  (values.persons ?? []).forEach((p, i) => {
    const order = `persons.${i}`;
    out.set(`persons@${p.key}`, { text: `${personName(p, i)} (${rolesText(p.roles).toLowerCase()})`, order });
    for (const f of PERSON_FIELDS) {
      const value = p[f.field];
      const text =
        f.field === 'roles'
          ? rolesText(p.roles)
          : f.field === 'dateOfBirth' && value
            ? String(value)
            : scalarText(value, f.codes);
      out.set(`persons@${p.key}.${f.field}`, { text, order: `${order}.${f.field}` });
    }
  });
  (values.allegations ?? []).forEach((a, i) => {
    const order = `allegations.${i}`;
    out.set(`allegations@${a.key}`, {
      text: `${scalarText(a.maltreatmentType, maltreatmentTypes)} of ${nameOf(a.childKey)}`,
      order,
    });
    for (const f of ALLEGATION_FIELDS) {
      const value = a[f.field];
      const text =
        f.field === 'childKey'
          ? nameOf(a.childKey)
          : f.field === 'maltreaterKeys'
            ? listText(a.maltreaterKeys, nameOf)
            : Array.isArray(value)
              ? listText(value, (v) => scalarText(v, 'codes' in f ? f.codes : undefined))
              : scalarText(value, 'codes' in f ? f.codes : undefined);
      out.set(`allegations@${a.key}.${f.field}`, { text, order: `${order}.${f.field}` });
    }
  });
  const children = new Set((values.indicators ?? []).map((i) => i.childKey));
  for (const p of values.persons ?? []) if (p.roles?.includes('CHILD')) children.add(p.key);
  for (const key of children) {
    const codes = (values.indicators ?? []).filter((i) => i.childKey === key).map((i) => i.code);
    out.set(`indicators@${key}`, {
      text: listText(codes, (c) => scalarText(c, indicators)),
      order: 'indicators',
    });
  }
  return out;
}

function labelOf(id: string, mine: IntakeValues, saved: IntakeValues): string {
  const top = TOP.find((f) => f.path === id);
  if (top) return top.label;
  const person = /^persons@([^.]+)(?:\.(\w+))?$/.exec(id);
  const findPerson = (key: string) => {
    for (const values of [mine, saved]) {
      const i = (values.persons ?? []).findIndex((p) => p.key === key);
      if (i >= 0) return personName(values.persons?.[i], i);
    }
    return key;
  };
  if (person) {
    const field = PERSON_FIELDS.find((f) => f.field === person[2]);
    const name = findPerson(person[1] ?? '');
    return field ? `${name} — ${field.label}` : name;
  }
  const allegation = /^allegations@([^.]+)(?:\.(\w+))?$/.exec(id);
  if (allegation) {
    const list = [mine, saved].map((v) => v.allegations ?? []);
    const index = list.map((l) => l.findIndex((a) => a.key === allegation[1])).find((i) => i >= 0) ?? 0;
    const field = ALLEGATION_FIELDS.find((f) => f.field === allegation[2]);
    return `Allegation ${index + 1}${field ? ` — ${field.label}` : ''}`;
  }
  const indicator = /^indicators@(.+)$/.exec(id);
  if (indicator) return `${findPerson(indicator[1] ?? '')} — trafficking indicators`;
  return 'The report';
}

/** The page order of an entry (section, then item, then field), as the error summary orders anchors. */
function anchorOfOrder(order: string): string {
  return order === 'indicators' ? 'indicators' : order;
}

/**
 * The fields that differ between `mine` and `saved`, in page order. A person or allegation only
 * one side has is one entry (its fields are not listed apart).
 */
export function conflictFields(mine: IntakeValues, saved: IntakeValues, base: IntakeValues | null): ConflictField[] {
  const a = entries(mine, mine);
  const b = entries(saved, mine);
  const o = base ? entries(base, mine) : null;
  const wholeOnOneSide = new Set<string>();
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    if (/^(persons|allegations)@[^.]+$/.test(id) && a.has(id) !== b.has(id)) wholeOnOneSide.add(id);
  }
  const fields: (ConflictField & { order: string })[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const parent = id.replace(/\.\w+$/, '');
    if (parent !== id && wholeOnOneSide.has(parent)) continue;
    if (/^(persons|allegations)@[^.]+$/.test(id) && !wholeOnOneSide.has(id)) continue;
    const textOf = (m: Entries | null) => m?.get(id)?.text ?? (wholeOnOneSide.has(id) ? 'Not in this copy' : EMPTY);
    const [mineText, savedText] = [textOf(a), textOf(b)];
    if (mineText === savedText) continue;
    const baseText = o ? textOf(o) : null;
    fields.push({
      id,
      label: labelOf(id, mine, saved),
      mine: mineText,
      saved: savedText,
      mineChanged: baseText === null || mineText !== baseText,
      savedChanged: baseText === null || savedText !== baseText,
      order: (a.get(id) ?? b.get(id))?.order ?? id,
    });
  }
  return fields
    .sort((x, y) => compareAnchors(anchorOfOrder(x.order), anchorOfOrder(y.order)))
    .map(({ order: _order, ...field }) => field);
}

/** What the view preselects: the side that changed the field since the base; none when both did. */
export function defaultChoice(field: ConflictField): Choice | undefined {
  if (!field.mineChanged && field.savedChanged) return 'saved';
  if (field.mineChanged && !field.savedChanged) return 'mine';
  return undefined;
}

/** Form values are plain JSON (jsdom has no structuredClone). */
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let node = target;
  for (const key of keys) {
    node[key] = { ...((node[key] as Record<string, unknown> | undefined) ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

/** The worker's copy with the saved value taken for every field chosen 'saved'. */
export function applyChoices(
  mine: IntakeValues,
  saved: IntakeValues,
  choices: Readonly<Record<string, Choice>>,
): IntakeValues {
  const out = copy(mine) as IntakeValues & Record<string, unknown>;
  out.persons = [...(out.persons ?? [])];
  out.allegations = [...(out.allegations ?? [])];
  out.indicators = [...(out.indicators ?? [])];
  for (const [id, choice] of Object.entries(choices)) {
    if (choice !== 'saved') continue;
    if (TOP.some((f) => f.path === id)) {
      setPath(out, id, copy(get(saved, id)));
      continue;
    }
    const item = /^(persons|allegations)@([^.]+)(?:\.(\w+))?$/.exec(id);
    if (item) {
      const list = item[1] as 'persons' | 'allegations';
      const key = item[2] ?? '';
      const theirs = (saved[list] ?? []) as { key: string }[];
      const ours = out[list] as { key: string }[];
      const from = theirs.find((x) => x.key === key);
      const at = ours.findIndex((x) => x.key === key);
      if (!item[3]) {
        // The whole person or allegation: as the saved copy has it, or gone when it has none.
        if (from && at < 0) ours.splice(Math.min(theirs.indexOf(from), ours.length), 0, copy(from));
        if (!from && at >= 0) ours.splice(at, 1);
      } else if (from && at >= 0) {
        ours[at] = { ...ours[at], key, [item[3]]: copy((from as Record<string, unknown>)[item[3]]) };
      }
      continue;
    }
    const indicator = /^indicators@(.+)$/.exec(id);
    if (indicator) {
      out.indicators = [
        ...out.indicators.filter((i) => i.childKey !== indicator[1]),
        ...(saved.indicators ?? []).filter((i) => i.childKey === indicator[1]),
      ];
    }
  }
  return out;
}
