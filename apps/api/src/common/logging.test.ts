import { FrameworkAtDebug } from './logging';

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
