import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/server';
import { silentLogger } from '../../src/observability/logger';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(__dirname, 'support', 'register-ts.js');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real server entry point in a child process with exactly `env` (plus PATH) and no .env file. */
function runServer(env: Record<string, string>, untilMs = 20_000): Promise<Exit> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-server-cwd-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', REGISTER, path.join(ROOT, 'src', 'server.ts')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${untilMs} ms; stderr: ${stderr}`));
    }, untilMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fs.rmSync(cwd, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

describe('server entry point (src/server.ts)', () => {
  it('prints only the one-line reason and exits 1 on a non-numeric PORT', async () => {
    const result = await runServer({ PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('Configuration error: PORT must be a whole number from 0 to 65535 (for example PORT=3000)\n');
  });

  it('prints only the one-line reason and exits 1 on a Slack token without its signing secret', async () => {
    const result = await runServer({ SLACK_BOT_TOKEN: 'xoxb-123-456-S3CR3T' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: SLACK_SIGNING_SECRET is missing/);
    expect(result.stderr).not.toContain('S3CR3T');
  });

  it('prints only the one-line reason and exits 1 on a malformed REDIS_URL, without the URL', async () => {
    const result = await runServer({ REDIS_URL: 'redis//:pa55S3CR3T@cache' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: REDIS_URL must be a redis:\/\//);
    expect(result.stderr).not.toContain('S3CR3T');
  });

  it('starts, serves /healthz, and exits 0 on SIGTERM', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-server-state-'));
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-server-cwd-'));
    const child = spawn(process.execPath, ['-r', REGISTER, path.join(ROOT, 'src', 'server.ts')], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        STATE_DIR: stateDir,
        KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'),
        INDEX_PATH: path.join(ROOT, 'dist', 'kb-index.json'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const ready = new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const line = stderr.split('\n').find((l) => l.includes('kb-assistant ready'));
        if (line) resolve((JSON.parse(line) as { url: string }).url);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await ready;
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      child.kill('SIGTERM');
      await expect(exited).resolves.toBe(0);
      expect(stderr).toContain('kb-assistant stopped');
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(stateDir, { recursive: true, force: true });
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('main', () => {
  it('reports a configuration error through the injected exit, without starting anything', async () => {
    const lines: string[] = [];
    const codes: number[] = [];
    const runtime = await main({ env: { HOST: 'not a host!' }, exit: (c) => codes.push(c), writeError: (l) => lines.push(l), handleSignals: false });
    expect(runtime).toBeUndefined();
    expect(codes).toEqual([1]);
    expect(lines).toEqual(['Configuration error: HOST must be a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0']);
  });

  it('reports a port already in use as one line', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-main-'));
    const env = { HOST: '127.0.0.1', PORT: '0', STATE_DIR: stateDir, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'), INDEX_PATH: path.join(ROOT, 'dist', 'kb-index.json') };
    const first = await main({ env, exit: () => undefined, handleSignals: false, runtime: { logger: silentLogger, processMetrics: false } });
    const port = String((first!.server!.address() as { port: number }).port);
    const lines: string[] = [];
    const codes: number[] = [];
    const second = await main({ env: { ...env, PORT: port }, exit: (c) => codes.push(c), writeError: (l) => lines.push(l), handleSignals: false, runtime: { logger: silentLogger, processMetrics: false } });
    await first!.close();
    expect(second).toBeUndefined();
    expect(codes).toEqual([1]);
    expect(lines).toEqual([`kb-assistant could not start: port ${port} on 127.0.0.1 is already in use: stop the other process or set PORT`]);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });
});
