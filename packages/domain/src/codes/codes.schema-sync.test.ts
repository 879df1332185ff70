import fs from 'node:fs';
import path from 'node:path';
import {
  contactKinds,
  contactOutcomes,
  descriptors,
  ethnicities,
  genders,
  indianChildValues,
  indicators,
  maltreatmentTypes,
  personRoles,
  races,
  regions,
  relationships,
  reporterTypes,
  reportStatuses,
  responseTimes,
  roles,
  screenOutReasons,
} from './code-lists';

// The database enums (prisma/schema.prisma) and the shared code lists must name the same codes in
// the same order, or the API would accept a code the database refuses (a 500) or the reverse.
const schema = fs.readFileSync(path.join(__dirname, '../../../../prisma/schema.prisma'), 'utf8');

function prismaEnum(name: string): string[] {
  const match = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema);
  if (!match) throw new Error(`enum ${name} not in schema.prisma`);
  return match[1]!
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const codes = (list: readonly { code: string }[]) => list.map((i) => i.code);

test.each([
  ['MaltreatmentType', codes(maltreatmentTypes)],
  ['Descriptor', codes(descriptors)],
  ['Gender', codes(genders)],
  ['HispanicEthnicity', codes(ethnicities)],
  ['PrimaryRace', codes(races)],
  ['MaltreaterRelationship', codes(relationships)],
  ['ReporterType', codes(reporterTypes)],
  ['TraffickingIndicator', codes(indicators)],
  ['ResponseTime', codes(responseTimes)],
  ['ScreenOutReason', codes(screenOutReasons)],
  ['ContactKind', codes(contactKinds)],
  ['ContactOutcome', codes(contactOutcomes)],
  ['Role', [...roles]],
  ['ReportStatus', [...reportStatuses]],
  ['PersonRole', [...personRoles]],
  ['IndianChild', [...indianChildValues]],
  ['Region', [...regions]],
])('Prisma enum %s has the codes of the domain package', (name, expected) => {
  expect(prismaEnum(name)).toEqual(expected);
});
