// Two projects: `unit` runs the pure-logic specs next to the code; `e2e` runs
// the built api and worker as child processes against real Postgres and Redis.
// Jest cannot load NestJS 12 (ESM-only) in-process on Node 20, which is one
// more reason the e2e tests talk to the real processes over HTTP.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // Global, not per project: jest reads testTimeout only here.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/apps/review-ui/'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], globalSetup: '<rootDir>/test/support/global-setup.ts' },
  ],
};
