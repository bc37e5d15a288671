/**
 * /insights over real HTTP: off without INSIGHTS_TOKEN (and says how to turn it on), 401 without
 * the token, the bearer token and the login cookie open it, the exports, and the same
 * Content-Security-Policy as the web chat.
 */
import { encodeActionValue } from '../../../src/reply/actions';
import { startTestRuntime, type TestRuntime } from '../../support/runtime';

const TOKEN = 'routes-test-insights-token-0123456789';
const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';
const bearer = { Authorization: `Bearer ${TOKEN}` };

async function ask(app: TestRuntime, text: string): Promise<void> {
  const res = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
  expect(res.status).toBe(200);
}

describe('/insights without INSIGHTS_TOKEN', () => {
  let app: TestRuntime;
  beforeAll(async () => {
    app = await startTestRuntime();
  });
  afterAll(() => app.close());

  it('is off, and the page says how to turn it on', async () => {
    const page = await fetch(`${app.url}/insights`);
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain('INSIGHTS_TOKEN');
    expect(html).toContain('restart');
    const data = await fetch(`${app.url}/insights/api/data`, { headers: { Authorization: 'Bearer anything-at-all-1234567' } });
    expect(data.status).toBe(404);
    expect(await data.json()).toEqual({ error: expect.stringContaining('set INSIGHTS_TOKEN') });
  });
});

describe('/insights with INSIGHTS_TOKEN', () => {
  let app: TestRuntime;
  beforeAll(async () => {
    app = await startTestRuntime({ insightsToken: TOKEN });
    await ask(app, GONE);
    await ask(app, 'my sourdough starter smells like acetone, "is that bad", ok');
  });
  afterAll(() => app.close());

  it('answers 401 with a sign-in form to a browser, and a JSON error to a script', async () => {
    const page = await fetch(`${app.url}/insights`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect(page.headers.get('www-authenticate')).toBe('Bearer realm="kb-insights"');
    expect(await page.text()).toContain('id="login"');
    const data = await fetch(`${app.url}/insights/api/data`);
    expect(data.status).toBe(401);
    expect(await data.json()).toEqual({ error: expect.stringContaining('Authorization: Bearer') });
  });

  it('opens with the bearer token', async () => {
    const page = await fetch(`${app.url}/insights`, { headers: bearer });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="chart-surface"');
    const data = await fetch(`${app.url}/insights/api/data?period=30d`, { headers: bearer });
    expect(data.status).toBe(200);
    const body = (await data.json()) as { period: { buckets: string[] }; totals: { questions: number } };
    expect(body.period.buckets).toHaveLength(30);
    expect(body.totals.questions).toBeGreaterThanOrEqual(2);
  });

  it('never lists an article the knowledge base does not have, whatever a click claims', async () => {
    const first = (await (await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: GONE }) })).json()) as { threadId: string };
    await fetch(`${app.url}/api/chat/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ threadId: first.threadId, action: 'kb_solved', value: encodeActionValue({ articleId: 'made-up-article', sectionId: 'made-up-section' }) }),
    });
    const body = (await (await fetch(`${app.url}/insights/api/data`, { headers: bearer })).json()) as { articles: { articleId: string }[]; sections: { articleId: string }[] };
    expect(body.articles.length).toBeGreaterThan(0);
    expect([...body.articles, ...body.sections].map((r) => r.articleId)).not.toContain('made-up-article');
  });

  it('signs in with the token, sets an HttpOnly cookie that opens the data, and signs out', async () => {
    const wrong = await fetch(`${app.url}/insights/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: 'not-it-not-it-not-it' }) });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const login = await fetch(`${app.url}/insights/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: TOKEN }) });
    expect(login.status).toBe(204);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^kb_insights=[A-Za-z0-9_-]{20,}; Path=\/insights; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0];
    expect((await fetch(`${app.url}/insights/api/data`, { headers: { Cookie: session } })).status).toBe(200);
    expect((await fetch(`${app.url}/insights/api/data`, { headers: { Cookie: 'kb_insights=forged-value' } })).status).toBe(401);

    const logout = await fetch(`${app.url}/insights/logout`, { method: 'POST', headers: { Cookie: session } });
    expect(logout.headers.get('set-cookie')).toMatch(/^kb_insights=; .*Max-Age=0/);
  });

  it('stops answering login attempts after ten a minute', async () => {
    const other = await startTestRuntime({ insightsToken: TOKEN });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await fetch(`${other.url}/insights/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: `guess-number-${i}-xxxxxxxx` }) });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
    } finally {
      await other.close();
    }
  });

  it('exports every table as CSV and the gaps as JSON lines', async () => {
    for (const table of ['activity', 'articles', 'sections', 'gaps']) {
      const res = await fetch(`${app.url}/insights/export/${table}.csv?period=7d`, { headers: bearer });
      expect([table, res.status]).toEqual([table, 200]);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="kb-${table}-7d.csv"`);
      const lines = (await res.text()).split('\r\n');
      expect(lines.length).toBeGreaterThan(2);
    }
    const gapsCsv = await (await fetch(`${app.url}/insights/export/gaps.csv`, { headers: bearer })).text();
    // Quotes in what people pasted are doubled inside a quoted cell.
    expect(gapsCsv).toContain('""is that bad""');

    const jsonl = await fetch(`${app.url}/insights/export/gaps.jsonl`, { headers: bearer });
    expect(jsonl.headers.get('content-type')).toBe('application/jsonl; charset=utf-8');
    const gaps = (await jsonl.text()).trim().split('\n').map((line) => JSON.parse(line) as { count: number; examples: string[] });
    expect(gaps.length).toBeGreaterThanOrEqual(1);
    expect(gaps.every((g) => g.count >= 1 && g.examples.length >= 1)).toBe(true);

    expect((await fetch(`${app.url}/insights/export/secrets.csv`, { headers: bearer })).status).toBe(404);
    expect((await fetch(`${app.url}/insights/export/articles.csv?period=1y`, { headers: bearer })).status).toBe(400);
  });

  it('serves the page and the charting library with the web chat\'s Content-Security-Policy', async () => {
    const chat = await fetch(`${app.url}/`);
    const csp = chat.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    const page = await fetch(`${app.url}/insights`, { headers: bearer });
    expect(page.headers.get('content-security-policy')).toBe(csp);
    const login = await fetch(`${app.url}/insights`);
    expect(login.headers.get('content-security-policy')).toBe(csp);
    const uplot = await fetch(`${app.url}/insights/assets/uPlot.iife.min.js`);
    expect(uplot.status).toBe(200);
    expect(uplot.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await uplot.text()).toContain('uPlot');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });
});
