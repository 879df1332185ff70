import fs from 'node:fs';
import path from 'node:path';

// Controllers parse and call one service method; services orchestrate and call repositories; only
// repositories (and the few SQL helpers beside them) hold the database client. A service that
// reaches for PrismaService, pg or a raw query again fails here.

const FEATURES = [
  'access-reports',
  'audit',
  'auth',
  'calendar',
  'findings',
  'health',
  'persons',
  'reference',
  'statistics',
  'users',
];
const CLIENT = [/\bPrismaService\b/, /from 'pg'/, /\$transaction\b/, /\$queryRaw/, /\$executeRaw/, /\bthis\.prisma\b/];

function filesOf(role: 'service' | 'controller'): string[] {
  return FEATURES.flatMap((folder) => {
    const dir = path.join(__dirname, folder);
    return fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(`.${role}.ts`))
      .map((file) => path.join(folder, file));
  });
}

it.each([
  ['service', filesOf('service')],
  ['controller', filesOf('controller')],
] as const)('no %s uses the database client', (_role, files) => {
  expect(files.length).toBeGreaterThan(0);
  const offenders = files.filter((file) => {
    const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
    return CLIENT.some((pattern) => pattern.test(text));
  });
  expect(offenders).toEqual([]);
});

it('every feature folder has its Nest module', () => {
  const missing = FEATURES.filter((folder) => !fs.existsSync(path.join(__dirname, folder, `${folder}.module.ts`)));
  expect(missing).toEqual([]);
});
