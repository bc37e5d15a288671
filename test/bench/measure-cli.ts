/**
 * `kb ask` as a person runs it from a terminal: a new Node process each time, wall time from spawn
 * to exit, on the shipped KB's prebuilt index. Most of it is Node starting and modules loading.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './server-process';

const CLI = path.join(PROJECT_ROOT, 'dist/src/cli/main.js');
const MESSAGE = 'Execution failed due to configuration error: Invalid permissions on Lambda function';

/** Wall milliseconds of `runs` runs of `kb ask` (after one run that fills the file cache). */
export function measureCliAsk(runs: number): number[] {
  const once = (): number => {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, 'ask', MESSAGE], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  once();
  return Array.from({ length: runs }, once);
}
