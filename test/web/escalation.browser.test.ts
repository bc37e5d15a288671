/** Ask an expert in the web chat, in real headless Chromium: the escalation and its state on the page, then Resolved. */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const describeWithChromium = fs.existsSync(CHROMIUM) ? describe : describe.skip;

describeWithChromium('web chat Ask an expert in headless Chromium', () => {
  let app: TestRuntime;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestRuntime();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the escalation with its state, and Resolved closes it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.url}/`);
    await page.fill('#input', 'An error occurred (GoneException) when calling the PostToConnection operation: 410');
    await page.press('#input', 'Enter');
    const answer = page.locator('article.card').nth(0);
    await answer.waitFor();
    await answer.locator('button[data-action="kb_ask_expert"]').click();
    const asked = page.locator('article.card').nth(1);
    await asked.waitFor();
    const state = asked.locator('.escalation-state');
    await expect(state.textContent()).resolves.toBe('Expert help: waiting for an expert to take it');
    expect(await state.getAttribute('data-state')).toBe('open');

    await asked.locator('button[data-action="kb_esc_resolve"]').click();
    const closed = page.locator('article.card').nth(2);
    await closed.waitFor();
    expect(await closed.locator('.escalation-state').getAttribute('data-state')).toBe('resolved');
    const stored = await app.runtime.store.listEscalations();
    expect(stored.map((r) => [r.channel, r.state])).toEqual([['web', 'resolved']]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
