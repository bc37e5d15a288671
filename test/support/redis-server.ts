/**
 * Starts a real, throw-away `redis-server` for a test file: no persistence, a free port, killed
 * after. When redis-server is not installed, `redisServerAvailable` is false and suites skip
 * with a message saying so (CI always installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { freePort } from './free-port';

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM, then SIGKILL); safe to call twice. */
  stop(): Promise<void>;
  /** Freezes the server (SIGSTOP) to simulate an unreachable Redis; `resume` thaws it. */
  pause(): void;
  resume(): void;
}

/** True when a `redis-server` binary is on PATH. */
export const redisServerAvailable: boolean = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/** `describe` when redis-server is installed, otherwise a skipped `describe` plus a note on the console. */
export function describeWithRedis(name: string, body: () => void): void {
  if (redisServerAvailable) {
    describe(name, body);
  } else {
    // eslint-disable-next-line no-console
    console.warn(`Skipping "${name}": redis-server is not on PATH (install it, e.g. apt-get install redis-server).`);
    describe.skip(name, body);
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
  });
}

/** Starts redis-server on `port` (a free one by default) and resolves once it answers PING. */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const deadline = Date.now() + 10_000;
  while (!(await ping(chosen))) {
    if (exited) throw new Error(`redis-server exited before answering on port ${chosen}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer PING on port ${chosen} within 10 s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    async stop() {
      if (exited) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exitedPromise;
      clearTimeout(timer);
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
  };
}
