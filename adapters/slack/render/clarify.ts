/** A clarifying question: several articles fit, one button per candidate. */
import { ACTION_IDS, encodeActionValue, type Action } from '../../../src/reply/actions';
import type { ClarifyReply } from '../../../src/reply/model';
import { sections, type SlackBlock } from './blocks';
import { escapeMrkdwn } from './mrkdwn';
import type { MessageParts } from './parts';

/** The parts of a clarify message; candidate buttons come from the reply, or from its candidates if it has none. */
export function clarifyParts(reply: ClarifyReply): MessageParts {
  const list = reply.candidates.map((c, i) => `${i + 1}. *${escapeMrkdwn(c.article.displayTitle)}*: ${escapeMrkdwn(c.label)}`).join('\n');
  const body: SlackBlock[] = [...sections(escapeMrkdwn(reply.prompt))];
  if (list) body.push(...sections(list));
  const hasChoices = reply.actions.some((a) => a.id === ACTION_IDS.chooseCandidate);
  const choices: Action[] = hasChoices
    ? []
    : reply.candidates.map((c) => ({
        id: ACTION_IDS.chooseCandidate,
        label: c.label || c.article.displayTitle,
        value: encodeActionValue({ articleId: c.article.id, sectionId: c.sectionId }),
      }));
  return { body, footer: [], actions: [...choices, ...reply.actions], extra: [] };
}
