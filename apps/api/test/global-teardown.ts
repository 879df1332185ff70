import type { TestServer } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { cpsTestServer?: TestServer }).cpsTestServer?.stop();
}
