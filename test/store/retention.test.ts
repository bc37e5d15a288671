/**
 * RETENTION_DAYS: old records are deleted at start and on every sweep, from the memory store's
 * files (so they stay gone after a restart) and from a running server's store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/observability/logger';
import { createMemoryStore, STATE_FILES } from '../../src/store/memory-store';
import { retentionCutoff, startRetention } from '../../src/store/retention';
import type { AnswerRecord } from '../../src/store/types';
import { startTestRuntime } from '../support/runtime';

const DAY_MS = 24 * 3_600_000;
const answerAt = (time: number, articleId: string): AnswerRecord => ({ at: new Date(time).toISOString(), channel: 'web', outcome: 'answer', articleId });

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kb-retention-'));
}

describe('retention', () => {
  it('puts the cutoff RETENTION_DAYS before now', () => {
    expect(retentionCutoff(90, Date.parse('2026-12-02T00:00:00.000Z'))).toBe('2026-09-03T00:00:00.000Z');
  });

  it('sweeps at start and on each sweep, and the memory store\'s files keep only recent records', async () => {
    const stateDir = tempDir();
    let now = Date.parse('2026-12-02T12:00:00.000Z');
    const store = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await store.recordAnswer(answerAt(now - 100 * DAY_MS, 'very-old'));
    await store.recordAnswer(answerAt(now - 60 * DAY_MS, 'older'));
    await store.recordAnswer(answerAt(now - DAY_MS, 'recent'));

    const retention = startRetention({ store, retentionDays: 90, logger: silentLogger, now: () => now, intervalMs: 60_000 });
    await retention.stop(); // waits for the sweep made at start
    expect((await store.listAnswers()).map((r) => r.articleId)).toEqual(['older', 'recent']);

    now += 40 * DAY_MS;
    await expect(retention.sweep()).resolves.toBe(1);
    await store.close();

    const reopened = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    expect((await reopened.listAnswers()).map((r) => r.articleId)).toEqual(['recent']);
    expect(fs.readFileSync(path.join(stateDir, STATE_FILES.answers), 'utf8').trim().split('\n')).toHaveLength(1);
    await reopened.close();
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('logs a failed sweep and keeps going', async () => {
    const warnings: string[] = [];
    const store = createMemoryStore({ stateDir: tempDir(), threadTtlSeconds: 60, eventTtlSeconds: 60 });
    const failing = { ...store, dropRecordsBefore: async () => Promise.reject(new Error('disk on fire')) };
    const retention = startRetention({ store: failing, retentionDays: 90, logger: { ...silentLogger, warn: (message: string) => void warnings.push(message) }, intervalMs: 60_000 });
    await expect(retention.sweep()).resolves.toBe(0);
    await retention.stop();
    expect(warnings[0]).toMatch(/deleting old records failed/);
  });

  it('a running server deletes what is older than RETENTION_DAYS as it starts', async () => {
    const stateDir = tempDir();
    const now = Date.now();
    const lines = [answerAt(now - 40 * DAY_MS, 'old'), answerAt(now - 10 * DAY_MS, 'kept')].map((r) => JSON.stringify(r)).join('\n') + '\n';
    fs.writeFileSync(path.join(stateDir, STATE_FILES.answers), lines);
    const app = await startTestRuntime({ stateDir, retentionDays: 30 });
    try {
      const deadline = Date.now() + 5_000;
      let ids: (string | undefined)[] = [];
      while (Date.now() < deadline) {
        ids = (await app.runtime.store.listAnswers()).map((r) => r.articleId);
        if (ids.length === 1) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(ids).toEqual(['kept']);
    } finally {
      await app.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
