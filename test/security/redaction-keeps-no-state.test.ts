import { performance } from 'perf_hooks';
import { redactSecrets } from '../../src/security/redact';

/**
 * secretlint's profiler records a performance mark for every rule on every run and keeps them for
 * the life of the process; a server that redacts every message would slow down with each one.
 * The project silences the profiler instance @secretlint/core itself imports, which only works
 * while there is one copy of @secretlint/profiler (package.json pins the version core pins).
 */
describe('redaction leaves nothing behind', () => {
  it('uses the one copy of the profiler that secretlint core uses', () => {
    const coreDir = require.resolve('@secretlint/core');
    expect(require.resolve('@secretlint/profiler', { paths: [coreDir] })).toBe(require.resolve('@secretlint/profiler'));
  });

  it('records no performance marks however many messages it redacts', async () => {
    performance.clearMarks();
    for (let i = 0; i < 20; i++) await redactSecrets(`message ${i} with token ghp_${'a'.repeat(36)}`);
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.includes('@core>') || m.name.includes('::'));
    expect(marks).toEqual([]);
  });
});
