const swc = require('../../swc.config.cjs');

// Browser journeys in Debian's Chromium against the built app run as a process (npm start's way).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testEnvironment: 'node',
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  testTimeout: 60000,
  maxWorkers: 1,
};
