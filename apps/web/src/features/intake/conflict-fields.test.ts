import { applyChoices, conflictFields, defaultChoice } from './conflict-fields';
import { type IntakeValues, toFormValues } from './intake-form.schema';
import { completeDraft } from './testing/drafts';
import { reportFrom } from './testing/fake-intake-api';

const values = (overrides: Parameters<typeof completeDraft>[0] = {}): IntakeValues =>
  toFormValues(reportFrom('r1', 1, completeDraft(overrides)));

const withPerson = (v: IntakeValues, change: Partial<NonNullable<IntakeValues['persons']>[number]>) => ({
  ...v,
  persons: v.persons!.map((p, i) => (i === 0 ? { ...p, ...change } : p)),
});

test('each differing field, named in words with both values, and who changed it since the base', () => {
  const base = values();
  const mine = withPerson({ ...base, narrative: 'Mine.' }, { dateOfBirth: '2004-05-01' });
  const saved = withPerson(
    { ...base, narrative: 'Saved.', reporter: { ...base.reporter!, type: 'MEDICAL' } },
    {
      dateOfBirth: '2004-06-01',
    },
  );
  expect(conflictFields(mine, saved, base)).toEqual([
    {
      id: 'reporter.type',
      label: 'Reporter type',
      mine: 'Education',
      saved: expect.stringMatching(/medical/i),
      mineChanged: false,
      savedChanged: true,
    },
    {
      id: 'persons@c1.dateOfBirth',
      label: 'Maya Thompson — date of birth',
      mine: '2004-05-01',
      saved: '2004-06-01',
      mineChanged: true,
      savedChanged: true,
    },
    { id: 'narrative', label: 'Narrative', mine: 'Mine.', saved: 'Saved.', mineChanged: true, savedChanged: true },
  ]);
  expect(conflictFields(mine, mine, base)).toEqual([]);
});

test('a person only one side has is one entry; choosing per field builds the copy to save', () => {
  const base = values();
  const saved = {
    ...withPerson(base, { firstName: 'Maya Rose' }),
    persons: [
      ...base.persons!.map((p, i) => (i === 0 ? { ...p, firstName: 'Maya Rose' } : p)),
      {
        ...base.persons![0]!,
        key: 'c2',
        firstName: 'Ella',
      },
    ],
  };
  const mine = { ...base, narrative: 'Mine.' };
  const fields = conflictFields(mine, saved, base);
  expect(fields.map((f) => [f.label, f.mine, f.saved])).toEqual([
    ['Maya Thompson — first name', 'Maya', 'Maya Rose'],
    ['Ella Thompson', 'Not in this copy', 'Ella Thompson (child)'],
    ['Narrative', 'Mine.', completeDraft().narrative],
  ]);
  expect(fields.map(defaultChoice)).toEqual(['saved', 'saved', 'mine']);
  const merged = applyChoices(mine, saved, Object.fromEntries(fields.map((f) => [f.id, defaultChoice(f)!])));
  expect(merged.narrative).toBe('Mine.');
  expect(merged.persons!.map((p) => p.firstName)).toEqual(['Maya Rose', '', 'Ella']);
  expect(conflictFields(merged, saved, base).map((f) => f.id)).toEqual(['narrative']);
  // Keep mine everywhere: the copy is the worker's own.
  expect(applyChoices(mine, saved, { narrative: 'mine', 'persons@c2': 'mine' })).toEqual(mine);
});
