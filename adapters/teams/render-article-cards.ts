/**
 * A whole article ("Full article") as cards. Long articles do not fit one Teams message, so the
 * body is split into pages at element boundaries; every page but the last ends with "Show more",
 * whose value names the next page. Paging is a pure function of the reply, so page N is the same
 * whenever it is asked for.
 */
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import type { ArticleReply } from '../../src/reply/model';
import type { AdaptiveCard, CardElement } from './card-types';
import { renderActions, submitButton } from './card-actions';
import { contentElements } from './card-content';
import { labelBlock, paragraphBlock, sourceBlock, subtitleBlock, titleBlock } from './card-elements';
import { cardShell } from './card-shell';

/** Bytes of body elements per page; the rest of the card budget is for the title and buttons. */
const PAGE_BODY_BYTES = 18_000;

function sectionElements(reply: ArticleReply): CardElement[][] {
  const groups: CardElement[][] = [];
  if (reply.summary) groups.push([paragraphBlock(reply.summary)]);
  for (const section of reply.sections) {
    const heading = { ...labelBlock(section.heading), size: section.level === 2 ? ('Medium' as const) : ('Default' as const) };
    const blocks = section.blocks.flatMap((b) => contentElements([b]));
    // A heading travels with the first element under it, never alone at the bottom of a page.
    groups.push([heading, ...blocks.slice(0, 1)], ...blocks.slice(1).map((element) => [element]));
  }
  return groups;
}

function bytesOf(elements: CardElement[]): number {
  return Buffer.byteLength(JSON.stringify(elements), 'utf8');
}

/** The article body split into pages of at most PAGE_BODY_BYTES each (one oversized element gets a page alone). */
function paginateArticle(reply: ArticleReply): CardElement[][] {
  const pages: CardElement[][] = [];
  let current: CardElement[] = [];
  for (const group of sectionElements(reply)) {
    if (current.length > 0 && bytesOf([...current, ...group]) > PAGE_BODY_BYTES) {
      pages.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** One page (0-based; out-of-range pages clamp to the last) of the article as a card. */
export function renderArticleCard(reply: ArticleReply, page = 0): AdaptiveCard {
  const pages = paginateArticle(reply);
  const index = Math.min(Math.max(0, page), pages.length - 1);
  const last = index === pages.length - 1;
  const subtitle = pages.length > 1 ? `${reply.article.question} (part ${index + 1} of ${pages.length})` : reply.article.question;
  const body: CardElement[] = [titleBlock(reply.article.displayTitle), subtitleBlock(subtitle), ...pages[index]];
  if (last) {
    if (reply.related.length > 0) body.push(labelBlock('Related'), ...reply.related.map((article) => paragraphBlock(`• ${article.displayTitle}`)));
    body.push(sourceBlock(reply.article));
  }
  const actions = last
    ? renderActions(reply.actions.filter((action) => action.id !== ACTION_IDS.showMore))
    : [submitButton('Show more', ACTION_IDS.showMore, encodeActionValue({ articleId: reply.article.id, page: index + 1 }))];
  return cardShell(body, actions);
}

/** How many pages the article takes. */
export function articlePageCount(reply: ArticleReply): number {
  return paginateArticle(reply).length;
}
