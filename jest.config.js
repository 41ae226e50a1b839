// Jest runs TypeScript through SWC (no type-check here; `npm run typecheck` does that).
/* global module -- CommonJS: Jest require()s this file. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/client',
    '<rootDir>/server',
    '<rootDir>/contracts',
    '<rootDir>/seeds',
    '<rootDir>/tests',
    '<rootDir>/scripts',
  ],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // polylabel and tinyqueue ship ES modules only: compiled like our own code so client helpers can be tested.
  transformIgnorePatterns: ['/node_modules/(?!(polylabel|tinyqueue)/)'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60000,
};
