import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryStore, STATE_FILES } from '../../src/store/memory-store';
import { context, escalation, storeContract } from './store-contract';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-memory-store-'));
}

describe('createMemoryStore', () => {
  describe('store contract', () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    storeContract({
      kind: 'memory',
      make: async (ttl) => createMemoryStore({ stateDir: tempDir(), ...ttl, now: () => clock }),
      advance: async (seconds) => {
        clock += seconds * 1000;
      },
    });
  });

  it('reads feedback, unanswered and answer records back after a restart', async () => {
    const stateDir = tempDir();
    const first = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await first.recordFeedback({ at: '2025-01-01T00:00:00.000Z', channel: 'web', threadId: 'web:1', articleId: 'a', sectionId: 's', helpful: true, signature: 'sig' });
    await first.recordUnanswered({ at: '2025-01-01T00:00:00.000Z', channel: 'web', threadId: 'web:1', reason: 'none', signature: 'sig', text: 'text' });
    await first.recordAnswer({ at: '2025-01-01T00:00:00.000Z', channel: 'web', outcome: 'none' });
    await first.close();

    const second = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    expect(await second.listFeedback()).toHaveLength(1);
    expect(await second.listUnanswered()).toHaveLength(1);
    expect(await second.listAnswers()).toEqual([{ at: '2025-01-01T00:00:00.000Z', channel: 'web', outcome: 'none' }]);
    await second.close();
  });

  it('reads escalations back after a restart, each in its latest state', async () => {
    const stateDir = tempDir();
    const first = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await first.saveEscalation(escalation('esc-1', 'slack:C1:1.1', '2025-01-01T00:00:01.000Z'));
    await first.saveEscalation(escalation('esc-1', 'slack:C1:1.1', '2025-01-01T00:00:01.000Z', { state: 'taken', takenBy: 'U0EXPERT', expertThread: 'slack:CESC:2.2' }));
    await first.close();

    const second = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    expect(await second.getEscalation('esc-1')).toMatchObject({ state: 'taken', takenBy: 'U0EXPERT' });
    expect((await second.findEscalationByThread('slack:CESC:2.2'))?.id).toBe('esc-1');
    expect(await second.listEscalations()).toHaveLength(1);
    await second.close();
  });

  it('appends one JSON line a record to files in the state directory', async () => {
    const stateDir = tempDir();
    const store = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await store.recordAnswer({ at: '2025-01-01T00:00:00.000Z', channel: 'web', outcome: 'answer', articleId: 'a' });
    await store.recordAnswer({ at: '2025-01-01T00:00:01.000Z', channel: 'web', outcome: 'answer', articleId: 'b' });
    const lines = fs.readFileSync(path.join(stateDir, STATE_FILES.answers), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).articleId)).toEqual(['a', 'b']);
    await store.close();
  });

  it('skips a line torn by a crash and keeps the others', async () => {
    const stateDir = tempDir();
    fs.writeFileSync(path.join(stateDir, STATE_FILES.answers), '{"at":"2025-01-01T00:00:00.000Z","channel":"web","outcome":"none"}\n{"at":"2025-01-0');
    const store = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    expect(await store.listAnswers()).toHaveLength(1);
    await store.close();
  });

  it('creates the state directory when it does not exist', async () => {
    const stateDir = path.join(tempDir(), 'nested', 'var');
    const store = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await store.recordAnswer({ at: '2025-01-01T00:00:00.000Z', channel: 'cli', outcome: 'clarify' });
    expect(fs.existsSync(path.join(stateDir, STATE_FILES.answers))).toBe(true);
    await store.close();
  });

  it('holds no more threads than its bound, dropping the oldest', async () => {
    const store = createMemoryStore({ stateDir: tempDir(), threadTtlSeconds: 3600, eventTtlSeconds: 3600, maxEntries: 3 });
    for (const id of ['t1', 't2', 't3', 't4']) await store.saveThread(id, context(id));
    await expect(store.getThread('t1')).resolves.toBeUndefined();
    expect((await store.getThread('t4'))?.query).toBe('t4');
    await store.close();
  });

  it('reports unhealthy with the reason when the state directory cannot be written', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    const store = createMemoryStore({ stateDir: path.join(blocker, 'var'), threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await expect(store.recordAnswer({ at: '2025-01-01T00:00:00.000Z', channel: 'web', outcome: 'none' })).rejects.toThrow();
    const health = await store.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/cannot write/);
    await store.close();
  });
});
