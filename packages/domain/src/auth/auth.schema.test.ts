import { changePasswordSchema, setupRequestSchema } from './auth.schema';

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')).sort() ?? [];

test('a setup request: a token and a password of at least 12 characters', () => {
  expect(setupRequestSchema.safeParse({ token: 'abc', password: 'twelve-chars' }).success).toBe(true);
  expect(fieldsOf(setupRequestSchema.safeParse({ token: '', password: 'eleven-char' }))).toEqual(['password', 'token']);
  expect(setupRequestSchema.safeParse({ token: 'abc', password: 'eleven-char' }).error?.issues[0]?.message).toBe(
    'must be at least 12 characters',
  );
});

test('a change of password: the current one, and a new one of 12 characters that is not the same', () => {
  expect(changePasswordSchema.safeParse({ currentPassword: 'old', newPassword: 'a-brand-new-one' }).success).toBe(true);
  expect(fieldsOf(changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'short' }))).toEqual([
    'currentPassword',
    'newPassword',
  ]);
  const same = changePasswordSchema.safeParse({
    currentPassword: 'the-same-password',
    newPassword: 'the-same-password',
  });
  expect(same.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
    ['newPassword', 'must be different from your current password'],
  ]);
});
