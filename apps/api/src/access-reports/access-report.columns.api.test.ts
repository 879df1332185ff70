import { createTestApp, type TestContext } from '../../test/test-app';
import { MISSING_EPISODE_COLUMNS } from '../missing-episodes/missing-episode.statements';
import {
  ALLEGATION_COLUMNS,
  CONTACT_COLUMNS,
  DECISION_COLUMNS,
  FINDING_COLUMNS,
  IDENTIFIER_COLUMNS,
  INDICATOR_COLUMNS,
  LAW_ENFORCEMENT_NOTIFICATION_COLUMNS,
  MALTREATER_COLUMNS,
  PERSON_COLUMNS,
  RECOMMENDATION_COLUMNS,
  RELATIONSHIP_COLUMNS,
  REPORT_COLUMNS,
  REPORT_PERSON_COLUMNS,
  TRIBAL_NOTIFICATION_COLUMNS,
} from './access-report.columns';
import type { ColumnList } from './column-sql';

// Every statement of the repository is built from these lists: each must name exactly the
// columns of its table in the migrated database, with the type the database gives them.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const tables: [string, ColumnList][] = [
  ['access_reports', REPORT_COLUMNS],
  ['missing_episodes', MISSING_EPISODE_COLUMNS],
  ['report_persons', REPORT_PERSON_COLUMNS],
  ['persons', PERSON_COLUMNS],
  ['report_indicators', INDICATOR_COLUMNS],
  ['report_relationships', RELATIONSHIP_COLUMNS],
  ['report_identifiers', IDENTIFIER_COLUMNS],
  ['allegations', ALLEGATION_COLUMNS],
  ['allegation_maltreaters', MALTREATER_COLUMNS],
  ['findings', FINDING_COLUMNS],
  ['screening_recommendations', RECOMMENDATION_COLUMNS],
  ['screening_decisions', DECISION_COLUMNS],
  ['law_enforcement_notifications', LAW_ENFORCEMENT_NOTIFICATION_COLUMNS],
  ['tribal_notifications', TRIBAL_NOTIFICATION_COLUMNS],
  ['report_contacts', CONTACT_COLUMNS],
];

/** The type a list names, as information_schema spells it (char(5) is read as text). */
function spelled(type: string): string {
  const plain: Record<string, string> = {
    uuid: 'uuid',
    text: 'text',
    boolean: 'bool',
    int: 'int4',
    smallint: 'int2',
    date: 'date',
    timestamptz: 'timestamptz',
    jsonb: 'jsonb',
  };
  if (type.endsWith('[]')) return `_${type.slice(1, -3)}`;
  return plain[type] ?? type.slice(1, -1);
}

it.each(tables)('the column list of %s is its columns in the database, with their types', async (table, columns) => {
  const rows = await ctx.prisma.$queryRaw<{ column: string; type: string }[]>`
    SELECT column_name AS column, CASE WHEN udt_name = 'bpchar' THEN 'text' ELSE udt_name END AS type
    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}
    ORDER BY column_name`;
  const listed = Object.entries(columns)
    .map(([field, type]) => ({ column: field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), type: spelled(type) }))
    .sort((a, b) => a.column.localeCompare(b.column));
  expect(rows.length).toBeGreaterThan(0);
  expect(listed).toEqual(rows);
});
