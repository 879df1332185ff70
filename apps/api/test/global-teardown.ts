import fs from 'node:fs';
import type { RunningDatabase } from '../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { cpsTestServer?: RunningDatabase }).cpsTestServer?.stop();
  const dir = process.env.CPS_TEST_DATA_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
