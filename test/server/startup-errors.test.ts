import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { runServerUntilExit, startServerProcess } from './support/server-process';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = path.join(ROOT, 'knowledge', 'articles');
const INDEX = path.join(ROOT, 'dist', 'kb-index.json');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// Each test is its own server process with its own folders and port, so they run side by side:
// the unreachable-Redis start spends most of its time waiting for connections that never come.
describe('start-up failures: one line naming the variable and the fix, exit 1', () => {
  it.concurrent('KNOWLEDGE_DIR that does not exist', async () => {
    const result = await runServerUntilExit({ KNOWLEDGE_DIR: '/nonexistent', STATE_DIR: tempDir('kb-state-') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: KNOWLEDGE_DIR is "\/nonexistent", which does not exist: set KNOWLEDGE_DIR to your folder of Markdown articles/);
    expect(result.stderr).toContain('npm run kb -- init DIR');
    expect(result.stderr).not.toMatch(/ENOENT|scandir|\n\s+at /);
  });

  it.concurrent('KNOWLEDGE_DIR that holds no articles', async () => {
    const empty = tempDir('kb-empty-');
    try {
      const result = await runServerUntilExit({ KNOWLEDGE_DIR: empty, STATE_DIR: tempDir('kb-state-') });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^Configuration error: KNOWLEDGE_DIR is ".*", which holds no articles \(\*\.md files\)/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it.concurrent('INDEX_PATH that is a folder', async () => {
    const folder = tempDir('kb-index-dir-');
    try {
      const result = await runServerUntilExit({ KNOWLEDGE_DIR: ARTICLES, INDEX_PATH: folder, STATE_DIR: tempDir('kb-state-') });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^Configuration error: INDEX_PATH is ".*", which is a folder, not a file: point it at the file `npm run build` writes/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('start-up with a missing index or an unreachable Redis: starts, and says so in plain words', () => {
  it.concurrent('INDEX_PATH that does not exist yet: builds the index in memory and says to run the build', async () => {
    const server = await startServerProcess({ KNOWLEDGE_DIR: ARTICLES, INDEX_PATH: '/nonexistent/kb-index.json', STATE_DIR: tempDir('kb-state-') });
    try {
      expect(server.readyLine).toMatchObject({ level: 'info', msg: 'kb-assistant ready', indexBuilt: true, storeOk: true });
      expect(server.stderr()).toMatch(/search index missing or out of date.*npm run kb -- build/);
    } finally {
      await server.stop();
    }
  });

  it.concurrent('REDIS_URL unreachable: the ready line says degraded, /healthz and the logs say why without client internals', async () => {
    const port = await freePort();
    const server = await startServerProcess({ KNOWLEDGE_DIR: ARTICLES, INDEX_PATH: INDEX, STATE_DIR: tempDir('kb-state-'), REDIS_URL: `redis://:hunter2pw@127.0.0.1:${port}` });
    try {
      expect(server.readyLine).toMatchObject({ level: 'warn', store: 'redis', storeOk: false });
      expect(server.readyLine.msg).toBe(
        `kb-assistant ready, degraded: Redis at redis://127.0.0.1:${port} is unreachable: connection refused: is Redis running at that host and port? (check REDIS_URL); answering with in-memory state on this instance until it is back`,
      );
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; store: { detail: string } };
      expect(body.status).toBe('degraded');
      expect(body.store.detail).toMatch(/^Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable: connection refused/);
      const chat = await fetch(`${server.url}/api/chat/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'An error occurred (GoneException) when calling the PostToConnection operation: 410' }),
      });
      expect(chat.status).toBe(200);
      const messages = server
        .stderr()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => (JSON.parse(l) as { msg: string }).msg);
      expect(messages).toContain(`REDIS_URL: Redis at redis://127.0.0.1:${port} is unreachable: connection refused: is Redis running at that host and port? (check REDIS_URL); starting with in-memory state on this instance and switching to Redis once it answers`);
      for (const msg of messages) expect(msg).not.toMatch(/Stream isn't writeable|enableOfflineQueue|ECONNREFUSED/);
      expect(server.stderr()).not.toContain('hunter2pw');
    } finally {
      await server.stop();
    }
  });
});
