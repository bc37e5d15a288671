/**
 * Runs the built server (`node dist/src/server.js`, or another compiled script that serves
 * `/healthz` the same way) as a child process for the benchmark, on a free loopback port with a
 * throw-away state directory, and waits for `/healthz` to answer 200.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';

/** The project root, from either the compiled (dist/test/bench) or the source (test/bench) location. */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

export interface ServerProcess {
  port: number;
  url: string;
  /** Milliseconds from spawning the process to the first 200 from /healthz. */
  readyMs: number;
  child: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(1_000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** The built server's entry point. */
export const SERVER_SCRIPT = path.join(PROJECT_ROOT, 'dist/src/server.js');

/** Spawns `script` (with `nodeArgs` for node itself) with `env` added to a minimal environment; resolves once it is healthy. */
export async function startServerProcess(env: Record<string, string>, nodeArgs: string[] = [], script = SERVER_SCRIPT, timeoutMs = 15_000): Promise<ServerProcess> {
  const port = await freePort();
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), HOST: '127.0.0.1', STATE_DIR: stateDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timer);
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`server exited before it was ready:\n${stderr}`);
    }
    if ((await getStatus(`${url}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not ready within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { port, url, readyMs, child, stderr: () => stderr, stop };
}
