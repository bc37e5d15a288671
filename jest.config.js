/** Type-checking runs once in `npm test` (the one tsc compile before jest); ts-jest only transpiles, which keeps the suite fast. */
module.exports = {
  // The Node environment, with workers that exit promptly at the end of the run (see the file).
  testEnvironment: '<rootDir>/test/support/jest-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // secretlint ships ES modules only (Node loads them with require() since 20.19; Jest cannot): transpile them to CommonJS.
    '/node_modules/@secretlint/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true, sourceMap: false }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@secretlint/)'],
  moduleNameMapper: {
    // Jest cannot load these packages' ES-module entry points; their bundled builds have the same API.
    '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.min.js',
    '^marked$': '<rootDir>/node_modules/marked/lib/marked.umd.js',
  },
  testTimeout: 30000,
};
