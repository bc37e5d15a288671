/**
 * Buttons every answer and "none" reply gets besides its own: Ask an expert (a person, when the
 * knowledge base runs out) and, under an answer, suggested follow-up questions.
 */
import { ACTION_IDS, encodeActionValue, type Action } from '../reply/actions';
import type { Reply } from '../reply/model';

export const ASK_EXPERT_LABEL = 'Ask an expert';

/** The Ask an expert button for a reply (its value names what was shown, if anything). */
function askExpertAction(reply: Reply): Action {
  const value = reply.kind === 'answer' ? encodeActionValue({ articleId: reply.article.id, sectionId: reply.section.id }) : encodeActionValue({});
  return { id: ACTION_IDS.askExpert, label: ASK_EXPERT_LABEL, value };
}

/** `reply` with Ask an expert (answers and none replies) and `suggestions` (answers) added to its actions. */
export function withFollowUpActions(reply: Reply, suggestions: Action[] = []): Reply {
  if (reply.kind !== 'answer' && reply.kind !== 'none') return reply;
  if (reply.actions.some((a) => a.id === ACTION_IDS.askExpert)) return reply;
  const extra = reply.kind === 'answer' ? suggestions : [];
  return { ...reply, actions: [...reply.actions, askExpertAction(reply), ...extra] };
}
