/**
 * How a chat adapter (adapters/slack, adapters/teams, adapters/web) plugs into the one server.
 * The server never imports an adapter's platform library: it loads each enabled adapter's
 * module by name at start (see load-adapters.ts) and hands it what it needs.
 * Each adapter folder's index.ts exports `createAdapter: AdapterFactory`.
 */
import type { Application } from 'express';
import type { AppConfig } from '../config/types';
import type { ConversationService } from '../conversation/service';
import type { EscalationDesk } from '../escalation/desk';
import type { Logger } from '../observability/logger';
import type { Store } from '../store/types';

export interface AdapterDeps {
  config: AppConfig;
  service: ConversationService;
  store: Store;
  logger: Logger;
  /** Escalations ("Ask an expert"): adapters post them to experts and relay between threads. */
  escalations: EscalationDesk;
}

export interface ChannelAdapter {
  readonly name: string;
  /** Register routes on the shared express app (before the server starts listening). */
  mount(app: Application): void;
  /** Start background connections (e.g. Slack Socket Mode); optional. */
  start?(): Promise<void>;
  /** Stop accepting work and wait for in-flight work (graceful shutdown; the server stops waiting after its drain timeout). */
  close?(): Promise<void>;
  /** Work accepted and not finished (replies not yet delivered), counted when shutdown gives up waiting. */
  pending?(): number;
}

export type AdapterFactory = (deps: AdapterDeps) => ChannelAdapter | Promise<ChannelAdapter>;
