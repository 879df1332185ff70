import fs from 'node:fs';
import path from 'node:path';
import { RULE_ORDER } from './violation';

// The project documents itself (docs/domain.md): a rule the code enforces and the page does not
// name, with its source and where it is enforced, is a rule nobody can check.
const page = fs.readFileSync(path.resolve(__dirname, '../../../../docs/domain.md'), 'utf8');

it.each(RULE_ORDER)('docs/domain.md names rule %s', (rule) => {
  expect(page).toMatch(new RegExp(`\\b${rule.replace(/-/g, '\\-')}\\b`));
});
