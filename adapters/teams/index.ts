/**
 * The Teams adapter: botbuilder's CloudAdapter behind `POST /api/messages` on the shared server.
 * Every botbuilder import in the project lives in this folder (the Bot Framework SDK was archived
 * upstream at the end of 2025; moving to the Microsoft 365 Agents SDK is this folder's work only).
 */
import express, { type Application, type Request, type Response } from 'express';
import { describeSection } from '../../src/escalation/describe-section';
import type { AdapterDeps, AdapterFactory, ChannelAdapter } from '../../src/http/channel-adapter';
import { createAuthentication, isUnauthenticated } from './authentication';
import { KbTeamsBot } from './bot';
import { QuietCloudAdapter } from './process-request';
import { createTurnErrorHandler } from './turn-error';

/** True when the activity's serviceUrl (where replies would go) is on this machine. */
function isLoopbackServiceUrl(body: unknown): boolean {
  const serviceUrl = typeof body === 'object' && body !== null ? (body as { serviceUrl?: unknown }).serviceUrl : undefined;
  if (typeof serviceUrl !== 'string') return false;
  try {
    const { hostname, protocol } = new URL(serviceUrl);
    return (protocol === 'http:' || protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

/** The Bot Framework messaging endpoint path (what the Azure Bot resource points at). */
const MESSAGES_PATH = '/api/messages';

/** Loaded by the server when Teams is enabled (see src/http/load-adapters.ts). */
export const createAdapter: AdapterFactory = (deps: AdapterDeps): ChannelAdapter => {
  const teams = deps.config.teams ?? { appType: 'MultiTenant' };
  const adapter = new QuietCloudAdapter(createAuthentication(teams));
  adapter.onTurnError = createTurnErrorHandler(deps.logger);
  const bot = new KbTeamsBot({ service: deps.service, logger: deps.logger, escalations: deps.escalations, describe: describeSection(deps.service.engine) });

  const unauthenticated = isUnauthenticated(teams);
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  async function processRequest(req: Request, res: Response): Promise<void> {
    if (closing) {
      // 503 says "try again later": the message is refused, not half-handled.
      res.status(503).json({ error: 'shutting down' });
      return;
    }
    if (unauthenticated && !isLoopbackServiceUrl(req.body)) {
      // Without credentials anyone could make the bot post to a URL of their choosing; the
      // Emulator always calls from this machine, so nothing else is accepted.
      deps.logger.warn('teams request refused: unauthenticated mode only serves a local Bot Framework Emulator');
      res.status(403).json({ error: 'unauthenticated mode (no MicrosoftAppId) accepts only a local Bot Framework Emulator' });
      return;
    }
    const turn = adapter.handle(req, res, (context) => bot.run(context), deps.logger);
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  }

  return {
    name: 'teams',
    mount(app: Application): void {
      if (unauthenticated) {
        deps.logger.warn('teams adapter runs without authentication (no MicrosoftAppId): for the Bot Framework Emulator only');
      }
      app.post(MESSAGES_PATH, express.json({ limit: '1mb' }), (req, res) => processRequest(req, res));
    },
    async close(): Promise<void> {
      closing = true;
      await Promise.allSettled([...inFlight]);
    },
    pending() {
      return inFlight.size;
    },
  };
};
