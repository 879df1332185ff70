import { describeDifferences } from './draft-diff';
import { toFormValues } from './intake-form.schema';
import { completeDraft } from './testing/drafts';
import { reportFrom } from './testing/fake-intake-api';

const values = (overrides: Parameters<typeof completeDraft>[0] = {}) =>
  toFormValues(reportFrom('r1', 1, completeDraft(overrides)));

test('the same report reads as no difference, whatever empty text is written as', () => {
  const mine = values();
  expect(
    describeDifferences({ ...mine, reporter: { ...mine.reporter, phone: mine.reporter?.phone } }, values()),
  ).toEqual([]);
  expect(describeDifferences({ ...mine, narrative: '' }, { ...mine, narrative: null })).toEqual([]);
});

test('names each field that differs, in page order, and people only one side has', () => {
  const mine = values({ narrative: 'Mine.', indicators: [{ childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }] });
  const theirs = values({ reporter: { type: 'MEDICAL', name: 'Nurse', phone: '', anonymous: false } });
  const extra = {
    ...theirs,
    persons: [...(theirs.persons ?? []), { ...theirs.persons![0]!, key: 'c2', firstName: 'Ella' }],
  };
  expect(describeDifferences(mine, extra)).toEqual([
    'Reporter type',
    'Reporter name',
    'Reporter phone',
    'Person 3: only in the saved copy',
    'Trafficking indicators (Child: Maya Thompson)',
    'Narrative',
  ]);
});
