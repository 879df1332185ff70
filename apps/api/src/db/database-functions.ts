import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../common/env';

// The current definition of each database function, with the triggers that call it: one file per
// function in db/functions/, named after it. Migrations are history and never change, so a function
// is restated by every migration that changes it; this folder is the one place to read what it is
// now. A migration that changes a function copies the new definition from here (and this folder
// changes with it); database-functions.api.test.ts holds the migrated database equal to the folder.

export type DatabaseFunction = { name: string; file: string; sql: string };

export function databaseFunctionsDir(): string {
  return path.join(repoRoot(), 'apps', 'api', 'src', 'db', 'functions');
}

/** Every file of the folder, in name order; `name` is the function's (the file name in snake case). */
export function readDatabaseFunctions(dir = databaseFunctionsDir()): DatabaseFunction[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const name = path.basename(file, '.sql').replaceAll('-', '_');
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      if (!sql.includes(`CREATE OR REPLACE FUNCTION ${name}(`))
        throw new Error(`db/functions/${file} does not define the function ${name}`);
      return { name, file, sql };
    });
}
