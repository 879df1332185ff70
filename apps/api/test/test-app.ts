import crypto from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { type Env, loadEnv } from '../src/common/env';
import { createPrismaClient } from '../src/common/prisma.service';
import { createApp } from '../src/create-app';
import type { PrismaClient } from '../src/generated/prisma/client';
import { buildUser, TEST_PASSWORD, type UserSpec } from '../src/seed/builders';

export type TestContext = {
  app: NestFastifyApplication;
  http: () => ReturnType<typeof request>;
  prisma: PrismaClient;
  /** This file's database, as the app's role (asOwner(url) for the tables' owner). */
  url: string;
  env: Env;
  close: () => Promise<void>;
};

function testEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is unset: run the API tests with jest (global setup)`);
  return value;
}

/** `url`'s database, as another role of the run (URLs of test-app carry the role and its password). */
function sameDatabase(url: string, roleUrl: string): string {
  const u = new URL(roleUrl);
  u.pathname = new URL(url).pathname;
  return u.toString();
}

/** `url`'s database as the owner of its tables (who migrates), not as the app. */
export function asOwner(url: string): string {
  return sameDatabase(url, testEnv('CPS_TEST_OWNER_URL'));
}

/** `url`'s database as the app's role (what createTestDatabase returns). */
export function asApp(url: string): string {
  return sameDatabase(url, testEnv('CPS_TEST_APP_URL'));
}

/**
 * A database of this test file's own, cloned from the migrated template and owned by the run's
 * owner role. The URL connects as the app's role, with the app's rights only (asOwner for more).
 */
export async function createTestDatabase(): Promise<string> {
  const name = `cps_test_${crypto.randomBytes(6).toString('hex')}`;
  const owner = decodeURIComponent(new URL(testEnv('CPS_TEST_OWNER_URL')).username);
  const admin = new Client({ connectionString: testEnv('CPS_TEST_SERVER_URL') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${testEnv('CPS_TEST_TEMPLATE')} OWNER ${owner}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testEnv('CPS_TEST_APP_URL'));
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropTestDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: testEnv('CPS_TEST_SERVER_URL') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The whole app over a fresh database, as `npm start` builds it. */
export async function createTestApp(
  overrides: Partial<Env> = {},
  appOptions: Parameters<typeof createApp>[1] = { logger: false },
): Promise<TestContext> {
  const url = overrides.DATABASE_URL ?? (await createTestDatabase());
  const env: Env = {
    ...loadEnv({ LOG_LEVEL: 'silent', SESSION_SECRET: 'x'.repeat(40) }),
    DATABASE_URL: url,
    ...overrides,
  };
  const app = await createApp(env, appOptions);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const prisma = createPrismaClient(url);
  return {
    app,
    http: () => request(app.getHttpServer()),
    prisma,
    url,
    env,
    close: async () => {
      await app.close();
      await prisma.$disconnect();
      if (!overrides.DATABASE_URL) await dropTestDatabase(url);
    },
  };
}

/** A user and a Bearer token for them, signed in through the API. */
export async function signedIn(ctx: TestContext, spec: UserSpec = {}) {
  const user = await buildUser(ctx.prisma, spec);
  const res = await ctx
    .http()
    .post('/api/auth/login')
    .send({ email: user.email, password: spec.password ?? TEST_PASSWORD })
    .expect(200);
  const token = res.body.token as string;
  return { user, token, auth: { Authorization: `Bearer ${token}` } };
}
