/**
 * GET /insights and its data: the page, its JSON (`/insights/api/data`), the CSV exports of every
 * table and the gaps as JSON lines (`/insights/export/…`), and the login that sets the session
 * cookie. All behind INSIGHTS_TOKEN (see access.ts); without it the page only says how to turn it
 * on. Page and assets carry the same Content-Security-Policy as the web chat.
 */
import express, { type Request, type Response, type Router } from 'express';
import { closestArticles } from '../../insights/closest';
import type { ArticleCatalog } from '../../insights/catalog';
import { CSV_TABLES, gapsJsonLines, tableCsv, type CsvTable } from '../../insights/csv';
import type { EngineHealth } from '../../insights/engine-health';
import { loadInsights } from '../../insights/load-insights';
import { parsePeriod, PERIOD_NAMES, type PeriodName } from '../../insights/period';
import type { InsightsReport } from '../../insights/summarize';
import type { Engine } from '../../engine/types';
import type { Logger } from '../../observability/logger';
import { createRateLimiter } from '../../security/rate-limit';
import type { Store } from '../../store/types';
import { setPageSecurityHeaders } from '../security-headers';
import { createInsightsAccess } from './access';
import { loadInsightsAssets } from './assets';

/** What the insights routes read. */
export interface InsightsRouteDeps {
  /** Unset: the page is off. */
  token?: string;
  store: Store;
  engine: Pick<Engine, 'search'>;
  catalog: ArticleCatalog;
  retentionDays: number;
  engineHealth: () => Promise<EngineHealth>;
  logger: Logger;
  now?: () => number;
}

/** The body of GET /insights/api/data. */
export interface InsightsData extends InsightsReport {
  health: EngineHealth;
}

const LOGIN_ATTEMPTS_PER_MINUTE = 10;
const DEFAULT_PERIOD: PeriodName = '7d';

function isInsightsPath(path: string): boolean {
  return path === '/insights' || path.startsWith('/insights/');
}

/** The router for /insights and everything under it. */
export function insightsRoutes(deps: InsightsRouteDeps): Router {
  const router = express.Router();
  const { pages, assets } = loadInsightsAssets();
  const now = deps.now ?? Date.now;

  // Assets hold nothing private (the login page needs them before anyone is signed in).
  router.get('/insights/assets/:name', (req, res, next) => {
    const asset = assets.get(req.params.name);
    if (!asset) return next();
    setPageSecurityHeaders(res);
    res.type(asset.type).set('Cache-Control', 'no-cache').send(asset.body);
  });

  if (!deps.token) {
    router.use((req, res, next) => {
      if (!isInsightsPath(req.path)) return next();
      setPageSecurityHeaders(res);
      res.status(404).set('Cache-Control', 'no-store');
      if (req.path === '/insights' && req.method === 'GET') res.type('html').send(pages.off);
      else res.json({ error: 'The insights page is off: set INSIGHTS_TOKEN (16 or more characters) and restart to turn it on.' });
    });
    return router;
  }

  const access = createInsightsAccess(deps.token);
  const loginLimiter = createRateLimiter({ perMinute: LOGIN_ATTEMPTS_PER_MINUTE });
  const closest = closestArticles(deps.engine, deps.catalog);
  const json = express.json({ limit: 4096 });
  const form = express.urlencoded({ extended: false, limit: 4096 });

  router.post('/insights/login', json, form, async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!(await loginLimiter.allow(`insights-login:${req.ip ?? 'unknown'}`))) {
      res.status(429).json({ error: 'Too many attempts; wait a minute and try again.' });
      return;
    }
    const candidate = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof candidate !== 'string' || !access.isToken(candidate.trim())) {
      res.status(401).json({ error: 'That is not the insights token.' });
      return;
    }
    access.startSession(req, res);
    res.status(204).end();
  });

  router.post('/insights/logout', (req, res) => {
    access.endSession(req, res);
    res.status(204).set('Cache-Control', 'no-store').end();
  });

  // Everything below needs the token or a session.
  router.use((req, res, next) => {
    if (!isInsightsPath(req.path) || access.allows(req)) return next();
    setPageSecurityHeaders(res);
    res.status(401).set({ 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer realm="kb-insights"' });
    if (req.path === '/insights' && req.method === 'GET' && req.accepts(['html', 'json']) === 'html') res.type('html').send(pages.login);
    else res.json({ error: 'Send the insights token as "Authorization: Bearer <INSIGHTS_TOKEN>", or sign in at /insights.' });
  });

  router.get('/insights', (_req, res) => {
    setPageSecurityHeaders(res);
    res.type('html').set('Cache-Control', 'no-store').send(pages.insights);
  });

  function period(req: Request, res: Response): PeriodName | undefined {
    const asked = req.query.period;
    if (asked === undefined) return DEFAULT_PERIOD;
    const parsed = parsePeriod(asked);
    if (!parsed) res.status(400).json({ error: `period must be one of ${PERIOD_NAMES.join(', ')}` });
    return parsed;
  }

  async function report(name: PeriodName): Promise<InsightsReport> {
    return loadInsights(deps.store, { period: name, now: now(), retentionDays: deps.retentionDays, catalog: deps.catalog, closest });
  }

  router.get('/insights/api/data', async (req, res) => {
    const name = period(req, res);
    if (!name) return;
    const [insights, health] = await Promise.all([report(name), deps.engineHealth()]);
    const body: InsightsData = { ...insights, health };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.get('/insights/export/:file', async (req, res, next) => {
    const match = /^([a-z]+)\.(csv|jsonl)$/.exec(req.params.file);
    const table = match?.[1];
    const isCsv = match?.[2] === 'csv' && CSV_TABLES.some((t) => t === table);
    const isJsonLines = match?.[2] === 'jsonl' && table === 'gaps';
    if (!isCsv && !isJsonLines) return next();
    const name = period(req, res);
    if (!name) return;
    const insights = await report(name);
    const file = `kb-${table}-${name}.${match![2]}`;
    res.set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${file}"` });
    if (isCsv) res.type('text/csv; charset=utf-8').send(tableCsv(insights, table as CsvTable));
    else res.type('application/jsonl; charset=utf-8').send(gapsJsonLines(insights.gaps));
  });

  return router;
}
