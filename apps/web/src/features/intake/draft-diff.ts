import { anchorOf, describeAnchor } from './field-paths';
import type { IntakeValues } from './intake-form.schema';
import { compareAnchors } from './sections';

type Flat = Map<string, string>;

const ITEM_LISTS = ['persons', 'allegations'] as const;

function flatten(value: unknown, path: string, out: Flat): Flat {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    out.set(path, [...value].map(String).sort().join(','));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => flatten(item, path ? `${path}.${i}` : String(i), out));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'personId') continue; // a link is how a person was found, not what was written
      flatten(child, path ? `${path}.${key}` : key, out);
    }
  } else {
    out.set(path, value === null || value === undefined ? '' : String(value));
  }
  return out;
}

/** Indicators compared per child, whatever their order. */
function indicatorText(values: IntakeValues, childKey: string): string {
  return (values.indicators ?? [])
    .filter((i) => i.childKey === childKey)
    .map((i) => i.code)
    .sort()
    .join(',');
}

/** The fields that differ between the worker's copy and the server's, in words and page order. */
export function describeDifferences(mine: IntakeValues, theirs: IntakeValues): string[] {
  const a = flatten({ ...mine, indicators: [] }, '', new Map());
  const b = flatten({ ...theirs, indicators: [] }, '', new Map());
  const anchors = new Set<string>();
  const extra: { anchor: string; text: string }[] = [];

  for (const list of ITEM_LISTS) {
    const [mineLength, theirLength] = [mine[list]?.length ?? 0, theirs[list]?.length ?? 0];
    for (let i = Math.min(mineLength, theirLength); i < Math.max(mineLength, theirLength); i++) {
      const noun = list === 'persons' ? 'Person' : 'Allegation';
      extra.push({
        anchor: `${list}.${i}`,
        text: `${noun} ${i + 1}: ${mineLength > theirLength ? 'only in your copy' : 'only in the saved copy'}`,
      });
    }
  }
  const inExtra = (path: string) => extra.some((e) => path.startsWith(`${e.anchor}.`));
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if ((a.get(path) ?? '') !== (b.get(path) ?? '') && !inExtra(path)) anchors.add(anchorOf(path, mine));
  }
  const children = new Set([...(mine.indicators ?? []), ...(theirs.indicators ?? [])].map((i) => i.childKey));
  for (const key of children)
    if (indicatorText(mine, key) !== indicatorText(theirs, key)) anchors.add(`indicators@${key}`);

  return [...[...anchors].map((anchor) => ({ anchor, text: describeAnchor(anchor, mine) })), ...extra]
    .sort((x, y) => compareAnchors(x.anchor, y.anchor))
    .map((d) => d.text);
}
