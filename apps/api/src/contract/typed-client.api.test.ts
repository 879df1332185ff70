import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestContext } from '../../test/test-app';
import { repoRoot } from '../common/env';

// An outside system generates its client from /api/docs-json with openapi-typescript and writes a
// script against it (testing/outside-client-script.txt). The script must type-check: a route, a
// field or a type the document gets wrong fails it, and so does a wrong body the document accepts.

let ctx: TestContext;
let dir: string;
beforeAll(async () => {
  ctx = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-typed-client-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await ctx.close();
});

const modules = path.join(repoRoot(), 'node_modules');

/** `npx openapi-typescript document.json -o schema.ts`, as the outside system runs it, and the script beside it. */
function generate(folder: string, doc: unknown): void {
  fs.writeFileSync(path.join(folder, 'document.json'), JSON.stringify(doc));
  execFileSync(
    process.execPath,
    [path.join(modules, 'openapi-typescript/bin/cli.js'), 'document.json', '-o', 'schema.ts', '--silent'],
    { cwd: folder, encoding: 'utf8' },
  );
  fs.copyFileSync(path.join(__dirname, 'testing/outside-client-script.txt'), path.join(folder, 'client.ts'));
}

function typeCheck(folder: string): string {
  fs.writeFileSync(
    path.join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        types: [],
        skipLibCheck: true,
        paths: {
          'openapi-fetch': [path.join(modules, 'openapi-fetch/dist/index.d.mts')],
          'openapi-typescript-helpers': [path.join(modules, 'openapi-typescript-helpers/dist/index.d.mts')],
        },
      },
      files: ['schema.ts', 'client.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [path.join(modules, 'typescript/bin/tsc'), '-p', folder], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

it('generates a typed client from the served document, and a script using it type-checks', async () => {
  const doc = (await ctx.http().get('/api/docs-json').expect(200)).body;
  generate(dir, doc);
  expect(fs.readFileSync(path.join(dir, 'schema.ts'), 'utf8')).toContain('"/api/access-reports/{id}/submit"');
  expect(typeCheck(dir)).toBe('');
}, 120_000);

it('the same script fails against a document that types presentDangerThreat as a list', async () => {
  const doc = (await ctx.http().get('/api/docs-json').expect(200)).body;
  doc.components.schemas.DraftRequest.properties.presentDangerThreat = { type: 'array', items: { type: 'boolean' } };
  const wrong = fs.mkdtempSync(path.join(dir, 'wrong-'));
  generate(wrong, doc);
  expect(typeCheck(wrong)).toMatch(/client\.ts.*error TS/);
}, 120_000);
