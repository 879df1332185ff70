import { signedIn, type TestContext } from '../../../test/test-app';

export type Auth = { Authorization: string };
export type Staff = { worker: Auth; supervisor: Auth };

/** A worker and a supervisor per county, signed in once per test file. */
export function staffOf(ctx: () => TestContext): (countyCode: string) => Promise<Staff> {
  const byCounty = new Map<string, Promise<Staff>>();
  return (countyCode) => {
    if (!byCounty.has(countyCode)) {
      byCounty.set(
        countyCode,
        Promise.all([
          signedIn(ctx(), { role: 'ACCESS_WORKER', countyCode }),
          signedIn(ctx(), { role: 'SUPERVISOR', countyCode }),
        ]).then(([w, s]) => ({ worker: w.auth, supervisor: s.auth })),
      );
    }
    return byCounty.get(countyCode)!;
  };
}

export const adminOf = async (ctx: TestContext) => (await signedIn(ctx, { role: 'ADMIN', countyCode: null })).auth;
