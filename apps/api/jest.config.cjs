const swc = require('../../swc.config.cjs');

// API tests run through HTTP on a real PostgreSQL: one server per run (test/global-setup.ts).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { ...swc, swcrc: false }] },
  // ESM-only dependencies that Node 20 loads natively but jest's CommonJS runtime cannot.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: {
    '^@cps/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@cps/domain/testing$': '<rootDir>/../../packages/domain/src/testing/index.ts',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
