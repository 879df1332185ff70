/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // The intake form (issue 13 added its incident, person details and where each child is now)
  // takes seconds to render and type into under jsdom when the whole suite runs in parallel.
  testTimeout: 20_000,
  roots: ['<rootDir>/src'],
  setupFiles: ['<rootDir>/test/jsdom-globals.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@cps/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@cps/domain/testing$': '<rootDir>/../../packages/domain/src/testing/index.ts',
    '^@cps/domain/(.*)$': '<rootDir>/../../packages/domain/src/$1',
    '\\.css$': '<rootDir>/test/style-stub.cjs',
  },
};
