import fs from 'node:fs';
import path from 'node:path';
import { referenceCodes } from '@cps/domain';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

function readCsv(file: string) {
  const [, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code, name, region] = line.split(',');
    return { code, name, region };
  });
}

describe('GET /api/reference/counties', () => {
  it('needs a signed-in user', async () => {
    const res = await ctx.http().get('/api/reference/counties').expect(401);
    expect(res.body.message).toBeTruthy();
  });

  it('lists the 72 counties of the CSV by name, Milwaukee alone in its region', async () => {
    const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55009' });
    const res = await ctx.http().get('/api/reference/counties').set(auth).expect(200);
    expect(res.body).toHaveLength(72);
    const byName = [...res.body].sort((a, b) => a.name.localeCompare(b.name));
    expect(res.body).toEqual(byName);
    expect(res.body.filter((c: { region: string }) => c.region === 'MILWAUKEE')).toEqual([
      { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
    ]);
    const csv = readCsv(path.join(__dirname, '../../../../prisma/data/wi-counties.csv'));
    expect([...res.body].sort((a, b) => a.code.localeCompare(b.code))).toEqual(csv);
  });

  it('the committed county list is the one of the shared spec', () => {
    const shared = path.join(__dirname, '../../../../../shared/data/wi-counties.csv');
    const ours = path.join(__dirname, '../../../../prisma/data/wi-counties.csv');
    if (!fs.existsSync(shared)) return; // a deployment checkout has no spec folder beside it
    expect(readCsv(ours)).toEqual(readCsv(shared));
  });
});

describe('GET /api/reference/codes', () => {
  it('serves every code list with labels to any role, admins included', async () => {
    const { auth } = await signedIn(ctx, { role: 'ADMIN' });
    const res = await ctx.http().get('/api/reference/codes').set(auth).expect(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(referenceCodes)));
    expect(res.body.descriptors).toEqual([{ code: 'SEX_TRAFFICKING', label: 'Sex trafficking' }]);
    expect(res.body.responseTimes.map((r: { code: string }) => r.code)).toEqual([
      'SAME_DAY',
      'WITHIN_48_HOURS',
      'WITHIN_5_BUSINESS_DAYS',
    ]);
  });

  it('needs a signed-in user', async () => {
    await ctx.http().get('/api/reference/codes').expect(401);
  });
});
