/**
 * The real server entry point (src/server.ts, transpiled on the fly) in a child process with
 * exactly the given environment (plus PATH), in an empty working directory so no .env is read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const REGISTER = path.join(__dirname, 'register-ts.js');

/** How a server process that was expected to stop by itself ended. */
export interface ServerExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A server process that reached its ready line. */
export interface RunningServer {
  url: string;
  /** The ready log line, parsed. */
  readyLine: Record<string, unknown>;
  /** Everything written to stderr so far (JSON log lines). */
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

function spawnServer(env: Record<string, string>): { child: ChildProcess; cwd: string } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-server-cwd-'));
  const child = spawn(process.execPath, ['-r', REGISTER, path.join(ROOT, 'src', 'server.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => fs.rmSync(cwd, { recursive: true, force: true }));
  return { child, cwd };
}

/** Runs a server that should refuse to start; resolves when it exits (SIGKILL after `untilMs`). */
export function runServerUntilExit(env: Record<string, string>, untilMs = 25_000): Promise<ServerExit> {
  const { child } = spawnServer(env);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${untilMs} ms; stderr: ${stderr}`));
    }, untilMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts a server and resolves once it logs its ready line (rejects if it exits first). */
export function startServerProcess(env: Record<string, string>, untilMs = 25_000): Promise<RunningServer> {
  const { child } = spawnServer({ PORT: '0', HOST: '127.0.0.1', ...env });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server not ready within ${untilMs} ms; stderr: ${stderr}`));
    }, untilMs);
    child.stderr!.on('data', (d: Buffer) => {
      const before = stderr;
      stderr += d.toString();
      if (before.includes('kb-assistant ready')) return;
      // Only whole lines: the last piece may still be arriving.
      const line = stderr.split('\n').slice(0, -1).find((l) => l.includes('kb-assistant ready'));
      if (!line) return;
      clearTimeout(timer);
      const readyLine = JSON.parse(line) as Record<string, unknown>;
      resolve({
        url: String(readyLine.url),
        readyLine,
        stderr: () => stderr,
        stop: async () => {
          child.kill('SIGTERM');
          const code = await exited;
          return code;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code} before it was ready: ${stderr}`));
    });
  });
}
