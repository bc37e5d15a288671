/**
 * The composition root: from a validated AppConfig, build the logger, metrics, store, engine and
 * conversation service, one express app with the ops routes and every enabled adapter, and the
 * HTTP server with a graceful close. `src/server.ts` runs it; tests start it on port 0.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Application } from 'express';
import type { AppConfig } from '../config/types';
import { createConversationService, type ConversationService } from '../conversation/service';
import { createEscalationDesk } from '../escalation/desk';
import { describeSection } from '../escalation/describe-section';
import { loadEngine } from '../engine/load-engine';
import { warmUpGradually } from '../engine/warm-up';
import { withArticlePages } from '../engine/with-public-links';
import type { Engine } from '../engine/types';
import type { ChannelAdapter } from '../http/channel-adapter';
import { jsonErrorHandler } from '../http/error-handler';
import { createInFlightTracker } from '../http/in-flight';
import { enabledAdapterNames, loadAdapters } from '../http/load-adapters';
import { insightsRoutes } from '../http/insights/routes';
import { mountOpsRoutes, type HealthReport } from '../http/ops-routes';
import { createArticleCatalog } from '../insights/catalog';
import { describeLoadedEngine } from '../insights/engine-health';
import { createLogger, type Logger } from '../observability/logger';
import { createMetrics, type Metrics } from '../observability/metrics';
import { createRateLimiter } from '../security/rate-limit';
import { redactSecrets } from '../security/redact';
import { createStore } from '../store/create-store';
import { startRetention, type Retention } from '../store/retention';
import type { Store } from '../store/types';
import { checkStartupPaths } from './startup-checks';

/** What callers other than the server (tests, tools) may change. */
export interface RuntimeOptions {
  /** Defaults to a JSON-lines logger on stderr at config.logLevel. */
  logger?: Logger;
  /** Where adapter folders live (default: adapters/ beside src/). */
  adaptersDir?: string;
  /** Export Node process metrics too (default true; tests running many runtimes turn it off). */
  processMetrics?: boolean;
  /** Prefix of Redis keys (default "kb:"); lets tests share one Redis without seeing each other. */
  redisKeyPrefix?: string;
  /** Most milliseconds a graceful close waits for in-flight requests (default 10 s). */
  drainTimeoutMs?: number;
  /** The clock records are dated by and the insights count to (default Date.now); tests script a day with it. */
  now?: () => number;
  /**
   * Warm the engine up in the background once listening (default true), so the first people to
   * paste an error are answered as fast as later ones. Tests that start many runtimes turn it off:
   * it only costs them CPU.
   */
  warmUp?: boolean;
}

/** A built, not yet listening, kb-assistant: its parts and its lifecycle. */
export interface Runtime {
  readonly config: AppConfig;
  readonly app: Application;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly store: Store;
  readonly engine: Engine;
  readonly service: ConversationService;
  readonly adapters: ChannelAdapter[];
  health(): Promise<HealthReport>;
  /** Starts listening on config.host:config.port and starts adapters; resolves with the base URL. */
  listen(): Promise<string>;
  /** The HTTP server, once listening. */
  readonly server: http.Server | undefined;
  /** Stops accepting, waits for in-flight work, closes adapters and the store. Safe to call twice. */
  close(): Promise<void>;
}

/** Builds every part from the configuration; call listen() to serve. */
export async function createRuntime(config: AppConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const started = Date.now();
  // Before the store connects or the articles load, so a wrong path is one line and nothing to close.
  checkStartupPaths(config);
  const logger = options.logger ?? createLogger(config.logLevel);
  let store: Store | undefined;
  const metrics = createMetrics({
    processMetrics: options.processMetrics,
    beforeScrape: async () => {
      if (store) metrics.storeHealth(await store.health());
    },
  });
  store = await createStore(config, { logger, onError: (operation) => metrics.storeError(operation), keyPrefix: options.redisKeyPrefix });
  const activeStore = store;

  let loaded: Awaited<ReturnType<typeof loadEngine>>;
  try {
    // Warmed up once listening (see listen()), so /healthz is ready in about half the time.
    loaded = await loadEngine({ knowledgeDir: config.knowledgeDir, indexPath: config.indexPath, logger, warmUp: false });
  } catch (error) {
    await activeStore.close();
    throw error;
  }
  // With a public address, replies link the articles they cite to their pages (/kb/<id>).
  const engine = config.publicUrl ? withArticlePages(loaded.engine, config.publicUrl) : loaded.engine;
  for (const problem of loaded.problems) logger.warn('article skipped', { file: problem.file, field: problem.field, problem: problem.message });
  const articleCount = engine.articles().length;

  const escalations = createEscalationDesk({ store: activeStore, settings: config.escalation ?? {}, describe: describeSection(engine), redact: redactSecrets });
  const rateLimiter = createRateLimiter({ perMinute: config.rateLimitPerMinute, redisUrl: config.redisUrl, keyPrefix: options.redisKeyPrefix, logger });
  // Shared counters from the first message on when Redis is reachable; in memory meanwhile otherwise.
  await rateLimiter.ready?.(2_000);
  const service = createConversationService({
    engine,
    store: activeStore,
    redact: redactSecrets,
    rateLimiter,
    events: metrics,
    logger,
    now: options.now,
    escalations,
  });

  const app = express();
  app.disable('x-powered-by');
  // The client address (web chat rate limits) comes from X-Forwarded-For only through proxies
  // TRUST_PROXY names; otherwise anyone could pick their own address and dodge the limit.
  app.set('trust proxy', config.trustProxy ?? false);
  const inFlight = createInFlightTracker();
  app.use(inFlight.middleware);

  const adapterNames = enabledAdapterNames(config);
  async function health(): Promise<HealthReport> {
    const storeHealth = await activeStore.health();
    metrics.storeHealth(storeHealth);
    const ready = storeHealth.ok && articleCount > 0;
    return {
      status: ready ? 'ok' : 'degraded',
      adapters: adapterNames,
      store: storeHealth,
      knowledge: { articles: articleCount, problems: loaded.problems.length, fingerprint: loaded.fingerprint },
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    };
  }
  mountOpsRoutes(app, { health, metrics });
  const engineDescription = describeLoadedEngine(loaded);
  app.use(
    insightsRoutes({
      token: config.insightsToken,
      store: activeStore,
      engine,
      catalog: createArticleCatalog(loaded.articles),
      retentionDays: config.retentionDays,
      engineHealth: async () => ({ ...engineDescription, store: await activeStore.health() }),
      logger,
      now: options.now,
    }),
  );

  let adapters: ChannelAdapter[];
  try {
    adapters = await loadAdapters(adapterNames, { config, service, store: activeStore, logger, escalations }, options.adaptersDir);
  } catch (error) {
    await activeStore.close();
    throw error;
  }
  for (const adapter of adapters) adapter.mount(app);
  app.use(jsonErrorHandler(logger));

  let server: http.Server | undefined;
  let closing: Promise<void> | undefined;
  let retention: Retention | undefined;

  async function listen(): Promise<string> {
    const listening = http.createServer(app);
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', (error: NodeJS.ErrnoException) => {
        reject(error.code === 'EADDRINUSE' ? new Error(`port ${config.port} on ${config.host} is already in use: stop the other process or set PORT`) : error);
      });
      listening.listen(config.port, config.host, resolve);
    });
    for (const adapter of adapters) await adapter.start?.();
    retention = startRetention({ store: activeStore, retentionDays: config.retentionDays, logger, now: options.now });
    const address = listening.address() as AddressInfo;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;
    const storeHealth = await activeStore.health();
    const ready = {
      url,
      adapters: adapterNames,
      store: activeStore.kind,
      storeOk: storeHealth.ok,
      articles: articleCount,
      indexBuilt: loaded.indexBuilt,
      startupMs: Date.now() - started,
    };
    // A degraded start is still a start (answers come from memory); the line says so at warn level.
    if (storeHealth.ok) logger.info('kb-assistant ready', ready);
    else logger.warn(`kb-assistant ready, degraded: ${storeHealth.detail ?? `the ${activeStore.kind} store is not healthy`}`, ready);
    if (options.warmUp !== false) {
      const warmingFrom = Date.now();
      warmUpGradually(engine, loaded.articles, () => closing !== undefined).then(
        (messages) => logger.debug('engine warmed up', { messages, ms: Date.now() - warmingFrom }),
        (error: unknown) => logger.warn('engine warm-up stopped by an error; answers are unaffected, the first ones may be slower', { error }),
      );
    }
    return url;
  }

  async function shutdown(): Promise<void> {
    const drainMs = options.drainTimeoutMs ?? 10_000;
    const stopAccepting = server
      ? new Promise<void>((resolve) => {
          server!.close(() => resolve());
          server!.closeIdleConnections();
        })
      : Promise.resolve();
    // In-flight requests and adapters' queued replies share one deadline; what is still unfinished
    // then is abandoned (Slack and Teams redeliver what was never acknowledged).
    const adaptersClosed = Promise.allSettled(adapters.map((a) => a.close?.())).then(() => true);
    const [drained, closed] = await Promise.all([inFlight.drain(drainMs), withinMs(adaptersClosed, drainMs, false)]);
    if (!drained || !closed) {
      const requests = inFlight.count;
      const replies = adapters.reduce((sum, a) => sum + (a.pending?.() ?? 0), 0);
      logger.warn(`shutdown: abandoned ${requests + replies} unfinished after ${drainMs / 1000} s`, { abandoned: requests + replies, requests, replies });
    }
    server?.closeAllConnections();
    await withinMs(stopAccepting, 1_000, undefined);
    await retention?.stop();
    await withinMs(activeStore.close(), 2_000, undefined);
    await rateLimiter.close();
    logger.info('kb-assistant stopped');
  }

  return {
    config,
    app,
    logger,
    metrics,
    store: activeStore,
    engine,
    service,
    adapters,
    health,
    listen,
    get server() {
      return server;
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}

/** `promise`'s value, or `fallback` once `ms` have passed (the timer never holds the process open). */
function withinMs<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
