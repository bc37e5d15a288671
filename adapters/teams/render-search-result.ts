/**
 * One message-extension search result: the card a person inserts into a conversation (the article
 * section that matched, with its steps and commands) and the short preview Teams lists under the
 * compose box. The inserted card has no buttons: the person posts it, not the bot.
 */
import type { ArticleRef, ArticleReply } from '../../src/reply/model';
import type { AdaptiveCard, CardElement } from './card-types';
import { contentElements } from './card-content';
import { paragraphBlock, sourceBlock, subtitleBlock, titleBlock } from './card-elements';
import { cardShell } from './card-shell';
import { oneLine } from './card-text';

/** What was found: an article, and the section of it that matched when the search was for text. */
export interface SearchResultInput {
  article: ArticleRef;
  sectionId?: string;
  heading?: string;
}

/** A result as Teams lists it (preview) and inserts it (card). */
export interface SearchResultView {
  card: AdaptiveCard;
  preview: { title: string; text: string };
}

const PREVIEW_TEXT_MAX = 160;

/** A result as an insertable card; `full` (the whole article) supplies the section's body when known. */
export function renderSearchResult(result: SearchResultInput, full: ArticleReply | undefined): SearchResultView {
  const section = full?.sections.find((candidate) => candidate.id === result.sectionId);
  const body: CardElement[] = [titleBlock(result.article.displayTitle)];
  if (section) {
    body.push(subtitleBlock(section.heading), ...contentElements(section.blocks));
  } else {
    body.push(subtitleBlock(result.article.question));
    if (full?.summary) body.push(paragraphBlock(full.summary));
  }
  body.push(sourceBlock(result.article));
  const previewText = result.heading ? `${result.heading} · ${result.article.question}` : result.article.question;
  return {
    card: cardShell(body),
    preview: { title: oneLine(result.article.displayTitle, PREVIEW_TEXT_MAX), text: oneLine(previewText, PREVIEW_TEXT_MAX) },
  };
}
