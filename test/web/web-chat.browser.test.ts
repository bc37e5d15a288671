/**
 * The web chat in real headless Chromium (Debian's /usr/bin/chromium through playwright-core; no
 * browser download): paste an error, read the answer, "Not it", follow up in the thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const GONE_PASTE = [
  'postToConnection failed for connection abc123=',
  'An error occurred (GoneException) when calling the PostToConnection operation: 410',
].join('\n');
const GONE_TITLE = 'Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs';
// An error whose article lists several causes, so its answer offers the "Other causes" picker.
const LAMBDA_PERMISSIONS_PASTE = 'Thu Mar 02 09:12:44 UTC 2023 : Execution failed due to configuration error: Invalid permissions on Lambda function';
// An error two articles explain credibly, so "Not it" has a next match to offer.
const TWO_MATCHES_PASTE = '$ curl -s https://abc123.example.com/prod/orders\n{"message":"Missing Authentication Token"}';

const describeWithChromium = fs.existsSync(CHROMIUM) ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM)) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the web chat browser tests: ${CHROMIUM} is not installed (apt-get install chromium).`);
}

describeWithChromium('web chat in headless Chromium', () => {
  let app: TestRuntime;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestRuntime();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 1100 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${app.url}/`);
  });
  afterEach(async () => {
    await page.close();
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function ask(text: string): Promise<void> {
    const before = await page.locator('article.card').count();
    await page.fill('#input', text);
    await page.press('#input', 'Enter');
    await page.locator('article.card').nth(before).waitFor();
  }

  it('answers a pasted error with its steps', async () => {
    await ask(GONE_PASTE);
    const first = page.locator('article.card').nth(0);
    await expect(first.locator('h2').textContent()).resolves.toContain(GONE_TITLE);
    expect(await first.getAttribute('data-kind')).toBe('answer');
    expect((await first.locator('ol.steps li').allTextContents()).length).toBeGreaterThan(0);
    await expect(page.locator('.bubble-user').first().textContent()).resolves.toBe(GONE_PASTE);
  });

  it('moves on with "Not it", and follows up in the same thread', async () => {
    const threadIds: (string | null)[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/chat/')) threadIds.push((request.postDataJSON() as { threadId: string | null }).threadId);
    });

    await ask(TWO_MATCHES_PASTE);
    const first = page.locator('article.card').nth(0);
    const firstTitle = (await first.locator('h2').textContent())!.trim();
    expect(firstTitle.length).toBeGreaterThan(0);
    expect(await first.getAttribute('data-kind')).toBe('answer');
    await expect(first.locator('.source').textContent()).resolves.toMatch(/Source: .+ · updated \d{4}-\d{2}-\d{2}/);
    await expect(page.locator('.bubble-user').first().textContent()).resolves.toBe(TWO_MATCHES_PASTE);

    await first.locator('button[data-action="kb_not_it"]').click();
    const second = page.locator('article.card').nth(1);
    await second.waitFor();
    expect(await second.getAttribute('data-kind')).toBe('answer');
    const secondTitle = await second.locator('h2').textContent();
    expect(secondTitle).not.toContain(firstTitle);

    await ask('show me the full article');
    const third = page.locator('article.card').nth(2);
    expect(await third.getAttribute('data-kind')).toBe('article');
    // The full article is the one "Not it" moved to: the follow-up used the thread's context.
    expect(secondTitle).toContain((await third.locator('h2').textContent())!.trim());
    expect(await third.locator('h3, h4').count()).toBeGreaterThan(0);
    expect(await third.locator('p, li, pre').count()).toBeGreaterThan(2);

    expect(threadIds[0]).toBeNull();
    const threadId = threadIds[1];
    expect(threadId).toMatch(/^web:/);
    expect(threadIds.slice(1)).toEqual([threadId, threadId]);
  });

  it('opens the "Other causes" picker and shows the chosen section', async () => {
    await ask(LAMBDA_PERMISSIONS_PASTE);
    const first = page.locator('article.card').nth(0);
    const toggle = first.locator('button[data-picker="kb_other_causes"]');
    expect(await toggle.count()).toBe(1);
    await toggle.click();
    const option = first.locator('.picker button[data-action="kb_other_causes"]').first();
    await expect(option.isVisible()).resolves.toBe(true);
    const label = (await option.textContent())!;
    await option.click();
    const next = page.locator('article.card').nth(1);
    await next.waitFor();
    expect(await next.locator('.section-heading').textContent()).toBe(label);
  });

  it('shows pasted HTML and Markdown as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> **bold** [link](javascript:alert(1)) 502 Bad Gateway';
    await ask(hostile);
    await expect(page.locator('.bubble-user').first().textContent()).resolves.toBe(hostile);
    expect(await page.locator('#log img, #log script, #log a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('warns about a pasted credential and never shows it back', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    await ask(`${GONE_PASTE}\naws_secret_access_key = ${secret}`);
    const notice = page.locator('article.card [data-notice="credential"]').first();
    await expect(notice.textContent()).resolves.toMatch(/rotate it/);
    expect(await page.locator('#log').textContent()).not.toContain(secret.slice(0, 20));
  });

  it('starts a new thread with "New conversation"', async () => {
    await ask(GONE_PASTE);
    await page.click('#new-thread');
    expect(await page.locator('article.card').count()).toBe(0);
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/chat/messages'));
    await ask('504 Endpoint request timed out');
    expect(((await sent).postDataJSON() as { threadId: string | null }).threadId).toBeNull();
  });

  it('serves an article as a page with an anchor per section, under the chat\'s CSP', async () => {
    const id = 'resolve-mutual-tls-403-forbidden-errors-from-api-gateway';
    const response = await page.goto(`${app.url}/kb/${id}#to-resolve-access-denied-reason-client-cert-using-an-insecure-signature-algorithm-errors`);
    expect(response!.status()).toBe(200);
    const chat = await fetch(`${app.url}/`);
    expect(response!.headers()['content-security-policy']).toBe(chat.headers.get('content-security-policy'));
    await expect(page.locator('h1.kb-title').textContent()).resolves.toBe('Resolve mutual TLS 403 Forbidden errors from API Gateway');
    const headings = await page.locator('.kb-article h2, .kb-article h3').evaluateAll((nodes) => nodes.map((n) => ({ tag: n.tagName, id: n.id })));
    expect(headings[0]).toEqual({ tag: 'H2', id: 'short-description' });
    expect(headings.every((h) => h.id.length > 0)).toBe(true);
    const target = page.locator('#to-resolve-access-denied-reason-client-cert-using-an-insecure-signature-algorithm-errors');
    await expect(target.evaluate((n) => n.tagName)).resolves.toBe('H3');
    expect(await page.locator('.kb-article pre code', { hasText: "openssl x509 -in client.crt -text -noout | grep 'Signature Algorithm'" }).count()).toBe(1);
    expect(await page.locator('.kb-article li', { hasText: 'SHA-256 or stronger' }).count()).toBe(1);
    expect((await fetch(`${app.url}/kb/no-such-article`)).status).toBe(404);
  });

  it('folds a 20,000-character paste with "Show all", and nothing scrolls sideways at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const line = 'at com.example.orders.OrderController.handle(OrderController.java:123) caused by javax.net.ssl.SSLHandshakeException';
    const unbroken = 'x'.repeat(300);
    let paste = `${GONE_PASTE}\n${unbroken}\n`;
    while (paste.length < 20_000) paste += `${line}\n`;
    paste = paste.slice(0, 20_000);
    await ask(paste);
    const bubble = page.locator('.bubble-user').first();
    await expect(bubble.getAttribute('class')).resolves.toContain('folded');
    const folded = (await bubble.boundingBox())!.height;
    expect(folded).toBeLessThan(400);
    await bubble.locator('button.show-all').click();
    expect((await bubble.boundingBox())!.height).toBeGreaterThan(folded * 3);
    await ask('Execution failed due to configuration error: Cannot verify ECDH ServerKeyExchange signature ' + 'y'.repeat(200));
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      log: document.getElementById('log')!.scrollWidth - document.getElementById('log')!.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.log).toBeLessThanOrEqual(0);
  });

  it('copies a command without its "$ " prompt, from a button that does not cover it', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1100 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const own = await context.newPage();
    await own.goto(`${app.url}/`);
    await own.fill('#input', 'Access denied. Reason: Client cert using an insecure Signature Algorithm');
    await own.press('#input', 'Enter');
    const card = own.locator('article.card').first();
    await card.waitFor();
    const wrap = card.locator('.code-wrap', { hasText: 'Signature Algorithm' }).first();
    await expect(wrap.locator('code').textContent()).resolves.toBe("$ openssl x509 -in client.crt -text -noout | grep 'Signature Algorithm'");
    const copy = wrap.locator('button.copy');
    const [button, code] = [(await copy.boundingBox())!, (await wrap.locator('pre').boundingBox())!];
    expect(button.y + button.height).toBeLessThanOrEqual(code.y);
    await copy.click();
    // The label changes once the clipboard write has resolved, a moment after the click.
    await wrap.locator('button.copy', { hasText: 'Copied' }).waitFor({ timeout: 5_000 });
    await expect(own.evaluate(() => navigator.clipboard.readText())).resolves.toBe("openssl x509 -in client.crt -text -noout | grep 'Signature Algorithm'");
    await context.close();
  });

  it('shows an answer in the article\'s order: numbered steps keep their numbers, code sits in its step', async () => {
    await ask('Create a private integration using an ALB for an HTTP API, step by step');
    const card = page.locator('article.card').first();
    expect(await card.getAttribute('data-kind')).toBe('answer');
    const starts = await card.locator('ol.steps').evaluateAll((lists) => lists.map((l) => (l as HTMLOListElement).start));
    expect(starts.length).toBeGreaterThan(0);
    expect(starts[0]).toBe(1);
  });

  // Screenshots go to a temp folder; `KB_SCREENSHOT_DIR=docs npx jest test/web` refreshes the README's.
  it('renders a readable page, light and dark', async () => {
    await ask(GONE_PASTE);
    await page.locator('article.card[data-kind="answer"]').first().waitFor();
    await page.evaluate(() => document.getElementById('log')!.scrollTo(0, 0));
    const folder = process.env.KB_SCREENSHOT_DIR ? path.resolve(process.env.KB_SCREENSHOT_DIR) : fs.mkdtempSync(path.join(os.tmpdir(), 'kb-shots-'));
    const shot = path.join(folder, 'web-chat.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: false });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

    // The same answer as an on-call engineer sees it at 3 a.m. with the system in dark mode.
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 18, 22)');
    const dark = path.join(path.dirname(shot), 'web-chat-dark.png');
    await page.screenshot({ path: dark, fullPage: false });
    expect(fs.statSync(dark).size).toBeGreaterThan(10_000);
  });
});
