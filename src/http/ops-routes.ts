/** GET /healthz and GET /metrics: what a load balancer and Prometheus look at. */
import type { Application } from 'express';
import type { Metrics } from '../observability/metrics';
import type { StoreHealth } from '../store/types';

/** The body of GET /healthz. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  adapters: string[];
  store: StoreHealth;
  knowledge: { articles: number; problems: number; fingerprint: string };
  uptimeSeconds: number;
}

/** Registers GET /healthz (200 ok / 503 degraded) and GET /metrics. */
export function mountOpsRoutes(app: Application, deps: { health: () => Promise<HealthReport>; metrics: Metrics }): void {
  app.get('/healthz', async (_req, res) => {
    const report = await deps.health();
    res.status(report.status === 'ok' ? 200 : 503).set('Cache-Control', 'no-store').json(report);
  });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', deps.metrics.contentType).send(await deps.metrics.render());
  });
}
