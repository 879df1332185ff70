import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { trustProxySchema } from './trust-proxy';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The repository root, found from this file in src/ and in dist/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'prisma', 'schema.prisma')) && dir !== path.dirname(dir))
    dir = path.dirname(dir);
  return dir;
}

/** DATA_DIR as an absolute path; `.data` in the repository when unset. */
export function resolveDataDir(value: string | undefined): string {
  return path.resolve(value || path.join(repoRoot(), '.data'));
}

export const envSchema = z
  .object({
    PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
    // The tables' owner, who runs the migrations; DATABASE_URL is then the app's own, lesser role.
    MIGRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).optional(),
    SEED_DEMO: booleanFlag.optional(),
    ADMIN_EMAIL: z.string().trim().toLowerCase().email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    COOKIE_SECURE: booleanFlag.optional(),
    TRUST_PROXY: trustProxySchema.optional(),
    // The web app's address as people open it: setup links are built from it, never from the
    // request's Host header (which a caller chooses, and could point at another site).
    PUBLIC_URL: z
      .string()
      .regex(
        /^https?:\/\/[^/?#\s]+\/?$/,
        'must be an http:// or https:// address without a path, like https://cps.example.wi.gov',
      )
      .transform((url) => url.replace(/\/$/, ''))
      .optional(),
    // The secret a Prometheus scraper on another host sends as `Authorization: Bearer …` for
    // GET /api/metrics (docs/metrics.md); without it only this host's loopback may scrape. Header
    // characters only (visible ASCII), and long enough that guessing it is hopeless.
    METRICS_TOKEN: z
      .string()
      .min(32, 'must be at least 32 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be letters, digits and punctuation only, without spaces')
      .optional(),
    SESSION_MAX_HOURS: z.coerce
      .number({ message: 'must be a number of hours' })
      .int('must be a whole number of hours')
      .min(1, 'must be at least 1')
      .max(24, 'must be at most 24')
      .default(16),
  })
  .refine((e) => !e.MIGRATION_DATABASE_URL || e.DATABASE_URL, {
    message: 'MIGRATION_DATABASE_URL needs DATABASE_URL (the embedded database has its own owner role)',
    path: [],
  })
  .refine((e) => !e.ADMIN_EMAIL === !e.ADMIN_PASSWORD, {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
    path: [],
  });

export type Env = z.infer<typeof envSchema> & { DATA_DIR: string; SESSION_SECRET: string; PUBLIC_URL: string };

export class ConfigError extends Error {}

/** Reads the environment once and validates it; a bad value is one line naming the variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const values = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(values);
  if (!parsed.success) {
    // A failed parse has at least one issue; zod's own message stands in should it ever have none.
    const [issue] = parsed.error.issues;
    const name = issue?.path.length ? String(issue.path[0]) : '';
    const message = issue?.message ?? parsed.error.message;
    throw new ConfigError(name ? `${name} ${message}` : message);
  }
  const dataDir = resolveDataDir(parsed.data.DATA_DIR);
  const publicUrl = parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`;
  return {
    ...parsed.data,
    DATA_DIR: dataDir,
    SESSION_SECRET: parsed.data.SESSION_SECRET ?? keptSecret(dataDir),
    PUBLIC_URL: publicUrl,
  };
}

/** A secret generated on first start and kept in DATA_DIR, so sessions survive restarts. */
function keptSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const ENV = Symbol('ENV');
