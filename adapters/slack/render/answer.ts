/** An answer: the article and section that fix the problem, cause, numbered steps and commands. */
import { encodeActionValue } from '../../../src/reply/actions';
import type { AnswerReply, Confidence } from '../../../src/reply/model';
import { SLACK_ACTION_IDS } from '../block-ids';
import { SLACK_LIMITS } from '../limits';
import { context, header, sections, type SlackBlock } from './blocks';
import { sourceFooter } from './footer';
import { escapeMrkdwn, fencedCode, inlineCode, truncate } from './mrkdwn';
import type { MessageParts, RenderOptions } from './parts';

const MATCHED_SHOWN = 300;

const CONFIDENCE_NOTE: Record<Confidence, string | null> = {
  high: null,
  medium: 'Likely match',
  low: ':warning: Low confidence: check the cause matches your error',
};

/** The parts of an answer message. */
export function answerParts(reply: AnswerReply, options: RenderOptions): MessageParts {
  const facts: string[] = [];
  if (reply.matched) facts.push(`Matched ${inlineCode(truncate(reply.matched, MATCHED_SHOWN))}`);
  facts.push(`Section: *${escapeMrkdwn(reply.section.heading)}*`);
  const note = CONFIDENCE_NOTE[reply.confidence];
  if (note) facts.push(note);

  const body: SlackBlock[] = [header(reply.article.displayTitle), context(facts)];
  if (reply.cause) body.push(...sections(`*Cause*\n${escapeMrkdwn(reply.cause)}`));
  if (reply.steps.length > 0) {
    body.push(...sections(`*Fix*\n${reply.steps.map((step, i) => `${i + 1}. ${escapeMrkdwn(step)}`).join('\n')}`));
  }
  for (const block of reply.code) {
    for (const chunk of fencedCode(block.code, SLACK_LIMITS.sectionText)) body.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  }
  const extra = options.shareable
    ? [{ id: SLACK_ACTION_IDS.share, label: 'Share in channel', value: encodeActionValue({ articleId: reply.article.id, sectionId: reply.section.id }) }]
    : [];
  return { body, footer: [sourceFooter(reply.article)], actions: reply.actions, extra };
}
