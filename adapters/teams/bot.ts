/** The Teams bot: one thin handler that sorts activities and hands them to the message, submit and search handlers. */
import { TeamsActivityHandler, type MessagingExtensionQuery, type MessagingExtensionResponse, type TurnContext } from 'botbuilder';
import type { ConversationService } from '../../src/conversation/service';
import type { EscalationDesk, ShownSection } from '../../src/escalation/desk';
import { isEscalationAction } from '../../src/escalation/handle-action';
import type { Logger } from '../../src/observability/logger';
import { handleEscalationSubmit, relayIfEscalated } from './handle-escalation';
import { handleMessage } from './handle-message';
import { handleSearch } from './handle-search';
import { handleSubmit } from './handle-submit';
import { normalizeActivity } from './normalize-activity';
import { welcomeIfBotAdded } from './welcome';

/** What the bot needs from the runtime. */
export interface BotDeps {
  service: ConversationService;
  logger: Logger;
  escalations: EscalationDesk;
  describe: (articleId: string, sectionId: string) => ShownSection | undefined;
}

/** Routes messages (text or card submits) and message-extension searches to their handlers, and greets once when installed. */
export class KbTeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.route(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await welcomeIfBotAdded(context);
      await next();
    });
  }

  private async route(context: TurnContext): Promise<void> {
    const inbound = normalizeActivity(context.activity);
    switch (inbound.kind) {
      case 'message':
        // A conversation handed to people: messages go to the other side, the bot stays out of it.
        if (await relayIfEscalated(context, this.deps, inbound.message)) return;
        return handleMessage(context, this.deps.service, inbound.message);
      case 'action':
        if (isEscalationAction(inbound.action.action)) return handleEscalationSubmit(context, this.deps, inbound.action);
        return handleSubmit(context, this.deps, inbound.action, inbound.page, inbound.cardActivityId);
      case 'ignored':
        this.deps.logger.debug('teams activity ignored', { reason: inbound.reason });
        return;
      default: {
        const unhandled: never = inbound;
        return unhandled;
      }
    }
  }

  protected override async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return handleSearch(this.deps.service.engine, query);
  }
}
