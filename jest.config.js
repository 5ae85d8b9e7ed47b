// Jest runs the TypeScript sources as ES modules (@actions/* 3.x/9.x ship ESM only): esbuild
// strips the types (jest-esbuild-transform.cjs), tsc --noEmit checks them (package.json "test").
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/jest-esbuild-transform.cjs' },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
};
