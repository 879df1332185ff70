import { collectDefaultMetrics, Registry } from 'prom-client';

// prom-client's process metrics (CPU, memory, event loop lag, handles, GC): one set per process,
// however many apps it runs (the API tests start several), since each collector adds listeners.
let registry: Registry | undefined;

export function processRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}
