/**
 * Prometheus metrics for the service, on a registry of our own (not prom-client's global one, so
 * several runtimes in one process — tests, two instances — never collide). Implements ServiceEvents;
 * every label is a fixed enum or operation name, never text a person typed.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Channel } from '../conversation/types';
import type { ServiceEvents } from './events';
import type { ReplyKind } from '../reply/model';
import type { StoreHealth } from '../store/types';

/** ServiceEvents recorded as Prometheus metrics, plus the exposition. */
export interface Metrics extends ServiceEvents {
  readonly registry: Registry;
  /** Updates the store-health gauge (1 healthy, 0 degraded). */
  storeHealth(health: StoreHealth): void;
  /** The exposition text for GET /metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Optional extras of the metrics registry. */
export interface MetricsOptions {
  /** Also export Node's process metrics (CPU, memory, event-loop lag). Default true. */
  processMetrics?: boolean;
  /** Called on each scrape to refresh gauges that need a fresh look (e.g. the store health). */
  beforeScrape?: () => Promise<void>;
}

/** Creates the metrics on a fresh registry. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'kb_' });

  const messages = new Counter({ name: 'kb_messages_received_total', help: 'Messages received, by channel.', labelNames: ['channel'] as const, registers: [registry] });
  const replies = new Counter({ name: 'kb_replies_total', help: 'Replies sent, by channel and kind (answer, clarify, none, article, ack).', labelNames: ['channel', 'kind'] as const, registers: [registry] });
  const latency = new Histogram({
    name: 'kb_reply_duration_seconds',
    help: 'Time from receiving a message or click to having its reply, by channel.',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const feedback = new Counter({ name: 'kb_feedback_total', help: 'Feedback clicks, by channel and whether the answer helped.', labelNames: ['channel', 'helpful'] as const, registers: [registry] });
  const duplicates = new Counter({ name: 'kb_duplicates_dropped_total', help: 'Redelivered events dropped, by channel.', labelNames: ['channel'] as const, registers: [registry] });
  const rateLimited = new Counter({ name: 'kb_rate_limited_total', help: 'Messages answered with the rate-limit reply, by channel.', labelNames: ['channel'] as const, registers: [registry] });
  const storeErrors = new Counter({ name: 'kb_store_errors_total', help: 'Store operations that failed (answered anyway), by operation.', labelNames: ['operation'] as const, registers: [registry] });
  const redactions = new Counter({ name: 'kb_credentials_redacted_total', help: 'Credentials removed from incoming messages, by kind.', labelNames: ['kind'] as const, registers: [registry] });
  const storeUp = new Gauge({ name: 'kb_store_healthy', help: '1 when the state store is healthy, 0 when degraded, by store kind.', labelNames: ['kind'] as const, registers: [registry] });

  return {
    registry,
    contentType: registry.contentType,
    messageReceived: (channel: Channel) => messages.inc({ channel }),
    replied: (channel: Channel, kind: ReplyKind, seconds: number) => {
      replies.inc({ channel, kind });
      latency.observe({ channel }, seconds);
    },
    feedback: (channel: Channel, helpful: boolean) => feedback.inc({ channel, helpful: String(helpful) }),
    duplicateDropped: (channel: Channel) => duplicates.inc({ channel }),
    rateLimited: (channel: Channel) => rateLimited.inc({ channel }),
    storeError: (operation: string) => storeErrors.inc({ operation }),
    credentialRedacted: (kind: string) => redactions.inc({ kind }),
    storeHealth: (health: StoreHealth) => storeUp.set({ kind: health.kind }, health.ok ? 1 : 0),
    async render(): Promise<string> {
      await options.beforeScrape?.();
      return registry.metrics();
    },
  };
}
