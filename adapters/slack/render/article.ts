/**
 * A whole article, in source order. Long articles are split into pages that each fit one Slack
 * message; every page but the last ends with a "Show more" button for the next.
 */
import { ACTION_IDS, encodeActionValue } from '../../../src/reply/actions';
import type { ArticleReply } from '../../../src/reply/model';
import { SLACK_ACTION_IDS } from '../block-ids';
import { header, sections, type SlackBlock } from './blocks';
import { sourceFooter } from './footer';
import { contentBlocks } from './content';
import { literalMrkdwn } from './mrkdwn';
import type { MessageParts, RenderOptions } from './parts';

/** Content blocks per page: 50 less header, footer, two actions blocks and a notice, with room to spare. */
const BLOCKS_PER_PAGE = 40;
/** Characters per page: Slack has no published total, and very long messages are hard to read anyway. */
const CHARS_PER_PAGE = 12000;

/** The article's content as section blocks, in order: summary, then each heading and its blocks. */
function articleContent(reply: ArticleReply): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.summary) blocks.push(...sections(literalMrkdwn(reply.summary)));
  for (const section of reply.sections) blocks.push(...contentBlocks(section.blocks, section.heading));
  return blocks;
}

function textLength(block: SlackBlock): number {
  return block.type === 'section' ? (block.text?.text.length ?? 0) : 0;
}

/** The article's content split into pages. */
export function articlePages(reply: ArticleReply): SlackBlock[][] {
  const pages: SlackBlock[][] = [[]];
  let chars = 0;
  for (const block of articleContent(reply)) {
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

/** The parts of one page of an article message. */
export function articleParts(reply: ArticleReply, options: RenderOptions): MessageParts {
  const pages = articlePages(reply);
  const page = Math.min(Math.max(options.page ?? 0, 0), pages.length - 1);
  const title = pages.length > 1 ? `${reply.article.displayTitle} (${page + 1}/${pages.length})` : reply.article.displayTitle;
  const extra = [];
  if (page < pages.length - 1) {
    extra.push({ id: ACTION_IDS.showMore, label: 'Show more', value: encodeActionValue({ articleId: reply.article.id, page: page + 1 }), style: 'primary' as const });
  }
  if (options.shareable && page === 0) {
    extra.push({ id: SLACK_ACTION_IDS.share, label: 'Share in channel', value: encodeActionValue({ articleId: reply.article.id }) });
  }
  return { body: [header(title), ...pages[page]], footer: [sourceFooter(reply.article)], actions: reply.actions, extra };
}
