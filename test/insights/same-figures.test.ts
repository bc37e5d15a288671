/**
 * One scripted day, read back four ways: the /insights data of the running server, `kb report
 * --json` over the files the memory store left, a memory store reopened on those files, and the
 * same day on Redis (real redis-server) through both the page and `kb report`. All give the same
 * figures, and those are the figures the script produced.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { report } from '../../src/cli/commands/report';
import type { InsightsData } from '../../src/http/insights/routes';
import { createArticleCatalog } from '../../src/insights/catalog';
import { closestArticles } from '../../src/insights/closest';
import { loadInsights } from '../../src/insights/load-insights';
import type { InsightsReport } from '../../src/insights/summarize';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMemoryStore } from '../../src/store/memory-store';
import { describeWithRedis, startRedisServer } from '../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { runScriptedDay, scriptClock, type ScriptTally } from './scripted-day';

const ROOT = path.resolve(__dirname, '..', '..');
const TOKEN = 'same-figures-test-token-0123456789';

async function pageData(app: TestRuntime): Promise<InsightsData> {
  const res = await fetch(`${app.url}/insights/api/data?period=24h`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as InsightsData;
}

async function reportJson(env: Record<string, string>, at: string): Promise<InsightsReport> {
  let out = '';
  let err = '';
  const code = await report(['--json', '--period', '24h'], { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'), ...env }, { out: (t) => (out += t), err: (t) => (err += t) }, () => Date.parse(at));
  expect([code, err]).toEqual([0, '']);
  return JSON.parse(out) as InsightsReport;
}

function withoutHealth(data: InsightsData): InsightsReport {
  const { health: _health, ...figures } = data;
  return figures;
}

/** The figures that do not depend on when the run happened: counts, tables, gaps. */
function counts(figures: InsightsReport) {
  return {
    totals: figures.totals,
    articles: figures.articles.map(({ series, ...row }) => ({ ...row, answersInSeries: series.reduce((a, b) => a + b, 0) })),
    sections: figures.sections.map(({ series, ...row }) => ({ ...row, answersInSeries: series.reduce((a, b) => a + b, 0) })),
    gaps: figures.gaps.map(({ firstAt: _f, lastAt: _l, ...gap }) => gap),
    timed: figures.answerTime.count,
    bySurface: Object.fromEntries(figures.activity.surfaces.map((s) => [s, figures.activity.buckets.reduce((sum, b) => sum + b.bySurface[s], 0)])),
  };
}

function expectTally(figures: InsightsReport, tally: ScriptTally): void {
  expect(figures.totals).toMatchObject(tally.totals);
  for (const surface of ['web', 'slack', 'teams'] as const) {
    expect(counts(figures).bySurface[surface]).toBe(tally.steps.filter((s) => s.surface === surface).length);
  }
  expect(figures.gaps[0]).toMatchObject({ count: 4, threads: 4, signature: 'CommitFailedException' });
}

let memoryCounts: ReturnType<typeof counts> | undefined;

describe('the same figures from /insights and kb report', () => {
  it('memory store: the page, kb report over its files, and a store reopened on them agree', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-same-figures-'));
    const clock = scriptClock();
    const app = await startTestRuntime({ stateDir, insightsToken: TOKEN }, { now: clock.now });
    let fromPage: InsightsData;
    let tally: ScriptTally;
    try {
      tally = await runScriptedDay(app, clock);
      fromPage = await pageData(app);
    } finally {
      await app.close();
    }
    expectTally(withoutHealth(fromPage), tally);
    expect(fromPage.health).toMatchObject({ articles: 23, store: { kind: 'memory', ok: true } });

    const fromReport = await reportJson({ STATE_DIR: stateDir }, fromPage.period.to);
    expect(fromReport).toEqual(withoutHealth(fromPage));

    const reopened = createMemoryStore({ stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    const { articles } = await loadKnowledge(path.join(ROOT, 'knowledge', 'articles'));
    const catalog = createArticleCatalog(articles);
    const direct = await loadInsights(reopened, { period: '24h', now: Date.parse(fromPage.period.to), retentionDays: 90, catalog, closest: closestArticles(app.runtime.engine, catalog) });
    await reopened.close();
    expect(direct).toEqual(withoutHealth(fromPage));
    memoryCounts = counts(fromPage);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  describeWithRedis('on Redis', () => {
    it('the page and kb report agree with each other and with the memory store', async () => {
      const redis = await startRedisServer();
      const clock = scriptClock();
      const app = await startTestRuntime({ redisUrl: redis.url, insightsToken: TOKEN }, { now: clock.now });
      const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-same-figures-'));
      try {
        const tally = await runScriptedDay(app, clock);
        const fromPage = await pageData(app);
        expect(fromPage.health.store).toEqual({ kind: 'redis', ok: true });
        expectTally(withoutHealth(fromPage), tally);
        const fromReport = await reportJson({ REDIS_URL: redis.url, STATE_DIR: emptyDir }, fromPage.period.to);
        expect(fromReport).toEqual(withoutHealth(fromPage));
        if (memoryCounts) expect(counts(fromPage)).toEqual(memoryCounts);
      } finally {
        await app.close();
        await redis.stop();
        fs.rmSync(emptyDir, { recursive: true, force: true });
      }
    });
  });
});
