/** What every Slack listener gets: the core's service and store, the logger, config, and delivery helpers. */
import type { SlackConfig } from '../../src/config/types';
import type { ConversationService } from '../../src/conversation/service';
import type { EscalationDesk } from '../../src/escalation/desk';
import type { Logger } from '../../src/observability/logger';
import type { Store } from '../../src/store/types';
import type { FailedReplies } from './deliver/failed-replies';
import type { ReplyQueue } from './deliver/reply-queue';

export interface SlackDeps {
  service: ConversationService;
  store: Store;
  logger: Logger;
  config: SlackConfig;
  /** Runs the work done after an acknowledgement (see reply-queue.ts). */
  queue: ReplyQueue;
  failed: FailedReplies;
  /** Ask an expert: posted to SLACK_ESCALATION_CHANNEL, relayed between the two threads. */
  escalations: EscalationDesk;
}
