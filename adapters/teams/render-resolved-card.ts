/**
 * What an answer card becomes once someone clicks "Solved it": the same article section, its
 * buttons replaced by a thank-you. Built from the article itself (engine.article), so it needs no
 * copy of the original card and works on any instance of the bot.
 */
import type { ArticleReply } from '../../src/reply/model';
import type { AdaptiveCard, CardElement } from './card-types';
import { contentElements } from './card-content';
import { noteContainer, sourceBlock, subtitleBlock, titleBlock } from './card-elements';
import { cardShell } from './card-shell';

/** The answer card after "Solved it": the section's content and a thank-you, no buttons. */
export function renderResolvedCard(article: ArticleReply, sectionId: string | undefined, thanks: string): AdaptiveCard {
  const section = article.sections.find((candidate) => candidate.id === sectionId);
  const body: CardElement[] = [titleBlock(article.article.displayTitle)];
  if (section) body.push(subtitleBlock(section.heading), ...contentElements(section.blocks));
  body.push(sourceBlock(article.article), noteContainer(`✅ ${thanks}`, 'good'));
  return cardShell(body);
}

/** A card reduced to a note, for a clarify question once a candidate was picked. */
export function renderNoteCard(title: string, note: string): AdaptiveCard {
  return cardShell([subtitleBlock(title), noteContainer(note, 'emphasis')]);
}
