/**
 * A card button was clicked (Teams sends it as a message whose `value` is the button's data).
 * Feedback and follow-ups go through the core; the card is then updated in place where that is
 * the natural result — "Solved" turns the answer into a resolved card, picking a candidate closes
 * the question — and anything new (next match, full article, other cause) is posted as a reply.
 */
import type { TurnContext } from 'botbuilder';
import type { ConversationService } from '../../src/conversation/service';
import type { IncomingAction } from '../../src/conversation/types';
import type { Logger } from '../../src/observability/logger';
import { ACTION_IDS, decodeActionValue } from '../../src/reply/actions';
import type { AdaptiveCard } from './card-types';
import { cardAttachment } from './outgoing-activity';
import { sendReply } from './handle-message';
import { renderNoteCard, renderResolvedCard } from './render-resolved-card';

const DEFAULT_THANKS = 'Marked as solved. Thanks, that helps the next person with this error.';

/** What submit handling needs from the runtime. */
export interface SubmitDeps {
  service: ConversationService;
  logger: Logger;
}

async function updateCard(context: TurnContext, deps: SubmitDeps, activityId: string | undefined, card: AdaptiveCard): Promise<boolean> {
  if (!activityId) return false;
  try {
    await context.updateActivity({ type: 'message', id: activityId, attachments: [cardAttachment(card)] });
    return true;
  } catch (error) {
    // Some clients (older Emulator builds, some chats) refuse updates: the reply is posted instead.
    deps.logger.warn('teams card update failed', { error });
    return false;
  }
}

function resolvedCard(deps: SubmitDeps, action: IncomingAction, thanks: string): AdaptiveCard | null {
  const target = decodeActionValue(action.value);
  if (!target.articleId || !target.sectionId) return null;
  const article = deps.service.engine.article(target.articleId);
  if (!article || !article.sections.some((section) => section.id === target.sectionId)) return null;
  return renderResolvedCard(article, target.sectionId, thanks);
}

/** Handles one button click (see the file comment for what each one does to the card). */
export async function handleSubmit(
  context: TurnContext,
  deps: SubmitDeps,
  action: IncomingAction,
  page: number,
  cardActivityId: string | undefined,
): Promise<void> {
  const result = await deps.service.handleAction(action);
  // A duplicate was handled already; a rejected submit (forged or stale) gets no answer.
  if (result.status !== 'replied') return;
  const reply = result.reply;

  if (action.action === ACTION_IDS.solved) {
    const thanks = reply.kind === 'ack' ? reply.message : DEFAULT_THANKS;
    const card = resolvedCard(deps, action, thanks);
    if (card && (await updateCard(context, deps, cardActivityId, card))) return;
    await sendReply(context, reply);
    return;
  }

  if (action.action === ACTION_IDS.showMore && reply.kind === 'article') {
    // Teams pages by card size, not by the engine's section pages: page N is taken from the whole article.
    const whole = deps.service.engine.article(reply.article.id) ?? reply;
    await sendReply(context, whole, page);
    return;
  }

  if (action.action === ACTION_IDS.chooseCandidate && reply.kind === 'answer') {
    await updateCard(context, deps, cardActivityId, renderNoteCard('You picked', `${reply.article.displayTitle}: ${reply.section.heading}`));
  }
  await sendReply(context, reply, page);
}
