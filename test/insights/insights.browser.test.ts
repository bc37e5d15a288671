/**
 * The insights page in real headless Chromium (Debian's /usr/bin/chromium through playwright-core):
 * after a scripted day of traffic, sign in with the token, check every chart was drawn from the
 * right counts (read from the numbers each chart keeps, not from pixels), take light and dark
 * screenshots, and check that without the token the page and its data answer 401.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { HOSTILE, runScriptedDay, scriptClock, type ScriptTally } from './scripted-day';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TOKEN = 'insights-browser-test-token-0123456789';

const describeWithChromium = fs.existsSync(CHROMIUM) ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM)) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the insights browser tests: ${CHROMIUM} is not installed (apt-get install chromium).`);
}

interface ChartSeries {
  buckets: string[];
  series: Record<string, (number | null)[]>;
}

describeWithChromium('insights page in headless Chromium', () => {
  let app: TestRuntime;
  let browser: Browser;
  let tally: ScriptTally;
  const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-insights-shots-'));
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const clock = scriptClock();
    app = await startTestRuntime({ insightsToken: TOKEN }, { now: clock.now });
    tally = await runScriptedDay(app, clock);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function openPage(colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, colorScheme });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 401/.test(message.text())) pageErrors.push(message.text());
    });
    return page;
  }

  async function signIn(page: Page): Promise<void> {
    const first = await page.goto(`${app.url}/insights?period=24h`);
    expect(first?.status()).toBe(401);
    await page.fill('#token', TOKEN);
    await Promise.all([page.waitForEvent('load'), page.click('button[type="submit"]')]);
    await page.waitForSelector('body[data-ready="true"]');
  }

  async function chartData(page: Page, id: string): Promise<ChartSeries> {
    const figure = page.locator(`#${id}`);
    // Drawn: uPlot put a canvas of real size into the figure.
    const size = await figure.locator('canvas').first().evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    expect(size.width).toBeGreaterThan(200);
    expect(size.height).toBeGreaterThan(100);
    return JSON.parse((await figure.getAttribute('data-series'))!) as ChartSeries;
  }

  function expectedPerBucket(buckets: string[], pick: (step: ScriptTally['steps'][number]) => boolean): number[] {
    return buckets.map((bucket) => tally.steps.filter((s) => s.bucket === bucket && pick(s)).length);
  }

  it('draws each chart from the day\'s counts, lists the repeated gap first, and looks right in light and dark', async () => {
    expect(tally.totals).toMatchObject({ questions: 13, solved: 2, notIt: 2 });
    expect(tally.totals.clarify).toBeGreaterThan(0);
    expect(tally.totals.none).toBeGreaterThanOrEqual(5);

    const page = await openPage('light');
    await signIn(page);

    const surface = await chartData(page, 'chart-surface');
    expect(surface.buckets).toHaveLength(24);
    for (const name of ['slack', 'teams', 'web'] as const) expect(surface.series[name]).toEqual(expectedPerBucket(surface.buckets, (s) => s.surface === name));

    const outcome = await chartData(page, 'chart-outcome');
    for (const kind of ['answer', 'clarify', 'none'] as const) expect(outcome.series[kind]).toEqual(expectedPerBucket(outcome.buckets, (s) => s.kind === kind));

    const rates = await chartData(page, 'chart-rates');
    const answers = expectedPerBucket(rates.buckets, (s) => s.kind === 'answer');
    const solved = expectedPerBucket(rates.buckets, (s) => s.click === 'solved');
    const notIt = expectedPerBucket(rates.buckets, (s) => s.click === 'not-it');
    expect(rates.series.solved).toEqual(answers.map((n, i) => (n === 0 ? null : Math.round((solved[i] / n) * 1000) / 1000)));
    expect(rates.series['not it']).toEqual(answers.map((n, i) => (n === 0 ? null : Math.round((notIt[i] / n) * 1000) / 1000)));

    // The tiles and the tables say the same as the charts.
    await expect(page.locator('.tile[data-key="questions"] .tile-value').textContent()).resolves.toBe(String(tally.totals.questions));
    await expect(page.locator('.tile[data-key="none"] .tile-value').textContent()).resolves.toBe(String(tally.totals.none));
    const firstGap = page.locator('#gaps li.gap').first();
    expect(await firstGap.getAttribute('data-count')).toBe('4');
    await expect(firstGap.locator('.gap-signature').textContent()).resolves.toContain('CommitFailedException');
    await expect(firstGap.textContent()).resolves.toContain('in 4 conversations');
    expect(await firstGap.locator('pre.example').count()).toBe(3);
    // What people pasted is shown as text, never run as markup.
    await expect(page.locator('#gaps pre.example', { hasText: 'onerror' }).first().textContent()).resolves.toBe(HOSTILE);
    expect(await page.locator('#gaps img, #gaps script, #gaps a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const goneRow = page.locator('#articles tr[data-id="troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis"]');
    await expect(goneRow.locator('td[data-col="answers"]').textContent()).resolves.toBe('3');
    await expect(goneRow.locator('td[data-col="solved"]').textContent()).resolves.toBe('1');
    await expect(goneRow.locator('td[data-col="notIt"]').textContent()).resolves.toBe('1');
    expect(JSON.parse((await goneRow.locator('.spark').getAttribute('data-series'))!).reduce((a: number, b: number) => a + b, 0)).toBe(3);
    expect(await goneRow.locator('.spark canvas').count()).toBe(1);
    expect(await page.locator('#sections tbody tr').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('#health').textContent()).resolves.toMatch(/Articles loaded23Sections loaded\d+/);
    await expect(page.locator('#retention').textContent()).resolves.toContain('older than 90 days are deleted');

    const light = path.join(shots, 'insights-light.png');
    await page.screenshot({ path: light, fullPage: true });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.close();

    const dark = await openPage('dark');
    await signIn(dark);
    expect((await chartData(dark, 'chart-surface')).series).toEqual(surface.series);
    const darkBackground = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).not.toBe(background);
    const darkShot = path.join(shots, 'insights-dark.png');
    await dark.screenshot({ path: darkShot, fullPage: true });
    await dark.close();

    for (const file of [light, darkShot]) expect(fs.statSync(file).size).toBeGreaterThan(20_000);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('answers 401 without the token: the page, its data and its exports', async () => {
    for (const p of ['/insights', '/insights/api/data?period=24h', '/insights/export/articles.csv', '/insights/export/gaps.jsonl']) {
      const res = await fetch(`${app.url}${p}`);
      expect([p, res.status]).toEqual([p, 401]);
      expect(await res.text()).not.toContain('CommitFailedException');
      const wrong = await fetch(`${app.url}${p}`, { headers: { Authorization: 'Bearer not-the-insights-token-at-all' } });
      expect([p, wrong.status]).toEqual([p, 401]);
    }
    const page = await openPage('light');
    const response = await page.goto(`${app.url}/insights`);
    expect(response?.status()).toBe(401);
    expect(await page.locator('#token').count()).toBe(1);
    expect(await page.locator('#chart-surface').count()).toBe(0);
    await page.close();
  }, 60_000);
});
