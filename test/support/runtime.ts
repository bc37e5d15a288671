/**
 * Starts a whole kb-assistant runtime for an end-to-end test: real engine over the shipped
 * articles, real store, real express server on a free port of 127.0.0.1.
 *
 *   const app = await startTestRuntime({ slack: { ... } });   // any AppConfig fields to override
 *   await fetch(`${app.url}/healthz`);
 *   await app.close();                                          // always, e.g. in afterAll
 *
 * Defaults: port 0, host 127.0.0.1, a fresh temporary STATE_DIR, in-memory store (pass `redisUrl`
 * for Redis), a generous rate limit, quiet logging, no engine warm-up. Pass `options.logger` to see or capture logs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../src/config/types';
import { silentLogger } from '../../src/observability/logger';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../src/runtime/create-runtime';

const ROOT = path.resolve(__dirname, '..', '..');

export interface TestRuntime {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  runtime: Runtime;
  /** Graceful close, then removes the temporary state directory. */
  close(): Promise<void>;
}

/** The configuration startTestRuntime uses before applying overrides. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    logLevel: 'error',
    stateDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kb-test-state-')),
    threadTtlSeconds: 3600,
    eventTtlSeconds: 3600,
    rateLimitPerMinute: 1000,
    knowledgeDir: path.join(ROOT, 'knowledge', 'articles'),
    indexPath: path.join(ROOT, 'dist', 'kb-index.json'),
    retentionDays: 90,
    ...overrides,
  };
}

export async function startTestRuntime(overrides: Partial<AppConfig> = {}, options: RuntimeOptions = {}): Promise<TestRuntime> {
  const config = testConfig(overrides);
  // No warm-up: it only spends CPU a test needs (server processes spawned by tests still warm up).
  const runtime = await createRuntime(config, { logger: silentLogger, processMetrics: false, drainTimeoutMs: 2_000, warmUp: false, ...options });
  let url: string;
  try {
    url = await runtime.listen();
  } catch (error) {
    await runtime.close();
    throw error;
  }
  return {
    url,
    runtime,
    async close() {
      await runtime.close();
      if (!overrides.stateDir) fs.rmSync(config.stateDir, { recursive: true, force: true });
    },
  };
}
