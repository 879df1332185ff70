import pino from 'pino';
import { FrameworkAtDebug, PinoNestLogger } from './logging';

type Call = [level: string, message: unknown, ...params: unknown[]];

function recording() {
  const calls: Call[] = [];
  const at =
    (level: string) =>
    (message: unknown, ...params: unknown[]) =>
      calls.push([level, message, ...params]);
  const logger = new FrameworkAtDebug({
    log: at('log'),
    error: at('error'),
    warn: at('warn'),
    debug: at('debug'),
    verbose: at('verbose'),
    fatal: at('fatal'),
  });
  return { logger, calls };
}

it("moves Nest's start-up lines to debug level and leaves the app's own lines at info", () => {
  const { logger, calls } = recording();
  logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
  logger.log('HealthController {/api/health}:', 'RoutesResolver');
  logger.log('AppModule dependencies initialized', 'InstanceLoader');
  logger.log('Starting Nest application...', 'NestFactory');
  logger.log('Nest application successfully started', 'NestApplication');
  logger.log('holidays seeded', 'Calendar');
  logger.log('no context');
  expect(calls).toEqual([
    ['debug', 'Mapped {/api/health, GET} route', 'RouterExplorer'],
    ['debug', 'HealthController {/api/health}:', 'RoutesResolver'],
    ['debug', 'AppModule dependencies initialized', 'InstanceLoader'],
    ['debug', 'Starting Nest application...', 'NestFactory'],
    ['debug', 'Nest application successfully started', 'NestApplication'],
    ['log', 'holidays seeded', 'Calendar'],
    ['log', 'no context'],
  ]);
});

it('keeps warnings and errors visible, from Nest too', () => {
  const { logger, calls } = recording();
  logger.warn('a deprecated route syntax', 'RouterExplorer');
  logger.error('cannot start', 'stack', 'NestApplication');
  logger.fatal('out of memory', 'NestFactory');
  logger.debug('detail', 'Database');
  logger.verbose('more detail', 'Database');
  expect(calls).toEqual([
    ['warn', 'a deprecated route syntax', 'RouterExplorer'],
    ['error', 'cannot start', 'stack', 'NestApplication'],
    ['fatal', 'out of memory', 'NestFactory'],
    ['debug', 'detail', 'Database'],
    ['verbose', 'more detail', 'Database'],
  ]);
});

describe("PinoNestLogger: Nest's log calls as JSON lines", () => {
  function lines(level = 'debug') {
    const out: string[] = [];
    const logger = new PinoNestLogger(pino({ level }, { write: (s: string) => void out.push(s) }));
    const read = () => out.map((l) => JSON.parse(l) as Record<string, unknown>);
    return { logger, read };
  }

  it('puts the context (the last argument) beside the message, and merges an object message into the line', () => {
    const { logger, read } = lines();
    logger.log('holidays seeded', 'Calendar');
    logger.warn({ req: { id: 'r-1' } }, 'database unavailable: Error', 'Error');
    logger.error({ req: { id: 'r-2' }, err: { name: 'TypeError' } }, undefined, 'Error');
    logger.debug('no context');
    expect(read()).toEqual([
      expect.objectContaining({ level: 30, context: 'Calendar', msg: 'holidays seeded' }),
      expect.objectContaining({ level: 40, context: 'Error', req: { id: 'r-1' }, msg: 'database unavailable: Error' }),
      expect.objectContaining({ level: 50, context: 'Error', req: { id: 'r-2' }, err: { name: 'TypeError' } }),
      expect.objectContaining({ level: 20, msg: 'no context' }),
    ]);
    expect(read()[2]).not.toHaveProperty('msg');
  });

  it("keeps the stack Nest's own exception handlers pass as a second argument, and drops lines below the level", () => {
    const { logger, read } = lines('info');
    logger.error('Nest cannot start', 'Error: no\n    at main (main.js:1:1)', 'ExceptionHandler');
    logger.debug('hidden', 'Database');
    logger.verbose('hidden', 'Database');
    expect(read()).toEqual([
      expect.objectContaining({
        level: 50,
        context: 'ExceptionHandler',
        msg: 'Nest cannot start',
        err: expect.objectContaining({ stack: 'Error: no\n    at main (main.js:1:1)' }),
      }),
    ]);
  });
});
