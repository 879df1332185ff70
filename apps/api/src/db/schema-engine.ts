import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { PoolConfig } from 'pg';
import { defaultMigrationsDir, readMigrations } from './migrations';

// Prisma's schema engine compiled to WebAssembly, shipped on npm: it computes migrations with no
// native engine download, so migrations can be created on a network without internet.

type Queryable = {
  performIO: (...args: unknown[]) => Promise<{ fields?: { name: string; dataTypeID: number }[] }>;
  queryRaw: (...args: unknown[]) => Promise<{ columnNames: string[]; columnTypes: number[] }>;
  executeScript: (script: string) => Promise<void>;
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
};

const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

// Two gaps of @prisma/adapter-pg when it serves the schema engine, mended on the instance:
// - it refuses PostgreSQL's internal one-byte "char" type (OID 18), which the engine's catalogue
//   queries return and read as a Character column: decode it as text, then label it Character;
// - its executeScript splits a migration on every ";", breaking function bodies ($$ … $$), so
//   the whole script goes to PostgreSQL at once (the simple protocol runs several statements).
function mendAdapter<T>(adapter: T): T {
  const q = adapter as unknown as Queryable;
  const charColumns = new Set<string>();
  const performIO = q.performIO.bind(q);
  q.performIO = async (...args) => {
    const result = await performIO(...args);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID !== CHAR_OID) continue;
      field.dataTypeID = TEXT_OID;
      charColumns.add(field.name);
    }
    return result;
  };
  const queryRaw = q.queryRaw.bind(q);
  q.queryRaw = async (...args) => {
    const result = await queryRaw(...args);
    result.columnNames.forEach((name, i) => {
      if (charColumns.has(name)) result.columnTypes[i] = CHARACTER_COLUMN;
    });
    return result;
  };
  q.executeScript = async (script) => {
    try {
      await q.client.query(script);
    } catch (error) {
      q.onError(error);
    }
  };
  return adapter;
}

function poolConfig(url: string): PoolConfig {
  // Separate fields, not a connection string: the shadow pool must be able to change the database.
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname), // a Unix socket's folder comes percent-encoded
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: u.pathname.slice(1) || 'postgres',
  };
}

function adapterFactory(url: string) {
  const config = poolConfig(url);
  const main = new PrismaPg(config);
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: main.adapterName,
    connect: async () => mendAdapter(await main.connect()),
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const name = `shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = mendAdapter(await new PrismaPg({ ...config, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  });
}

// The few WebAssembly calls we make (Node has them; @types/node 20 does not declare them).
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<unknown>;
  instantiate(module: unknown, imports: Record<string, unknown>): Promise<{ exports: Record<string, unknown> }>;
};

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
};

// The engine reports a Rust panic through this global before it throws.
const panics = {
  message: '',
  set_message(m: string) {
    this.message = m;
  },
};

async function loadEngine(schema: string, url: string): Promise<Engine> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics }).PRISMA_WASM_PANIC_REGISTRY = panics;
  // The package targets bundlers (it imports the .wasm file as a module), so we instantiate it here.
  const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as {
    __wbg_set_wasm: (exports: unknown) => void;
    SchemaEngine: { new: (o: unknown, log: (l: string) => void, a: unknown) => Promise<Engine> };
  };
  const wasmFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const module = await WebAssembly.compile(fs.readFileSync(wasmFile));
  const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => undefined, adapterFactory(url));
}

export function defaultSchemaFile(): string {
  return path.join(path.dirname(defaultMigrationsDir()), 'schema.prisma');
}

/**
 * The SQL that would bring a database built from the committed migrations to `schema.prisma`.
 * Empty when the two agree. `url` names a server where a scratch (shadow) database can be made.
 */
export async function diffMigrationsToSchema(url: string, schemaFile = defaultSchemaFile()): Promise<string> {
  const schema = fs.readFileSync(schemaFile, 'utf8');
  const dir = path.join(path.dirname(schemaFile), 'migrations');
  const engine = await loadEngine(schema, url);
  const migrations = readMigrations(dir);
  const result = await engine.diff({
    from: {
      tag: 'migrations',
      baseDir: dir,
      lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"' },
      shadowDbInitScript: '',
      migrationDirectories: migrations.map((m) => ({
        path: m.name,
        migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
      })),
    },
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = (result.stdout ?? '').trim();
  return sql === '' || /^-- This is an empty migration\.?$/.test(sql) ? '' : `${sql}\n`;
}
