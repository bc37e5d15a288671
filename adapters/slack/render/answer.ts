/** An answer: the article and section that fix the problem, cause, numbered steps and commands. */
import { ACTION_IDS, encodeActionValue } from '../../../src/reply/actions';
import type { AnswerReply, Confidence } from '../../../src/reply/model';
import { SLACK_ACTION_IDS } from '../block-ids';
import type { ExtraButton } from './actions';
import { context, header, sections, type SlackBlock } from './blocks';
import { contentBlocks } from './content';
import { sourceFooter } from './footer';
import { escapeMrkdwn, inlineCode, literalMrkdwn, truncate } from './mrkdwn';
import type { MessageParts, RenderOptions } from './parts';

const MATCHED_SHOWN = 300;

const CONFIDENCE_NOTE: Record<Confidence, string | null> = {
  high: null,
  medium: 'Likely match',
  low: ':warning: Low confidence: check the cause matches your error',
};

/** Characters of content on one page of an answer: past this, "Show more" posts the rest. */
const CHARS_PER_PAGE = 2800;
const BLOCKS_PER_PAGE = 12;

function textLength(block: SlackBlock): number {
  return block.type === 'section' ? (block.text?.text.length ?? 0) : 0;
}

/** The answer's content split into pages (the first also carries the cause). */
export function answerPages(reply: AnswerReply): SlackBlock[][] {
  const pages: SlackBlock[][] = [[]];
  let chars = 0;
  const first = reply.cause ? sections(`*Cause*\n${literalMrkdwn(reply.cause)}`) : [];
  for (const block of [...first, ...contentBlocks(reply.blocks, 'Fix')]) {
    const page = pages[pages.length - 1];
    if (page.length > 0 && (page.length >= BLOCKS_PER_PAGE || chars + textLength(block) > CHARS_PER_PAGE)) {
      pages.push([block]);
      chars = textLength(block);
    } else {
      page.push(block);
      chars += textLength(block);
    }
  }
  return pages;
}

/** The parts of an answer message (one page of it: long sections go on with "Show more"). */
export function answerParts(reply: AnswerReply, options: RenderOptions): MessageParts {
  const pages = answerPages(reply);
  const page = Math.min(Math.max(options.page ?? 0, 0), pages.length - 1);
  const facts: string[] = [];
  if (reply.matched && page === 0) facts.push(`Matched ${inlineCode(truncate(reply.matched, MATCHED_SHOWN))}`);
  facts.push(`Section: *${escapeMrkdwn(reply.section.heading)}*${pages.length > 1 ? ` (${page + 1}/${pages.length})` : ''}`);
  const note = CONFIDENCE_NOTE[reply.confidence];
  if (note && page === 0) facts.push(note);

  const body: SlackBlock[] = [header(reply.article.displayTitle), context(facts), ...pages[page]];
  const extra: ExtraButton[] = [];
  if (page < pages.length - 1) {
    extra.push({ id: ACTION_IDS.showMore, label: 'Show more', value: encodeActionValue({ articleId: reply.article.id, sectionId: reply.section.id, page: page + 1 }), style: 'primary' });
  }
  if (options.shareable) extra.push({ id: SLACK_ACTION_IDS.share, label: 'Share in channel', value: encodeActionValue({ articleId: reply.article.id, sectionId: reply.section.id }) });
  return { body, footer: [sourceFooter(reply.article)], actions: reply.actions, extra };
}
