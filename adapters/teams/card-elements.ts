/**
 * The building blocks every Teams card is made of, so all cards look alike: a title, labelled
 * parts and a source line (reply content is in card-content.ts). Text in is plain; escaping happens here.
 */
import type { ArticleRef } from '../../src/reply/model';
import type { CardElement, Container, RichTextBlock, TextBlock, TextRun } from './card-types';
import { escapeCardText, truncateText } from './card-text';

/** Longest pieces of text a card carries before the size guard has to step in. */
const TEXT_LIMITS = { title: 200, matched: 300, paragraph: 2000, step: 1000 } as const;

/** The card title: the article's display title. */
export function titleBlock(text: string): TextBlock {
  return { type: 'TextBlock', text: escapeCardText(truncateText(text, TEXT_LIMITS.title)), size: 'Large', weight: 'Bolder', style: 'heading', wrap: true };
}

/** A subtle line under the title (the section that matched, a page number). */
export function subtitleBlock(text: string): TextBlock {
  return { type: 'TextBlock', text: escapeCardText(truncateText(text, TEXT_LIMITS.title)), isSubtle: true, spacing: 'None', wrap: true };
}

/** A bold label that opens a part of the card ("Cause", "Steps"). */
export function labelBlock(text: string): TextBlock {
  return { type: 'TextBlock', text: escapeCardText(text), weight: 'Bolder', spacing: 'Medium', wrap: true };
}

/** A wrapped paragraph of plain text. */
export function paragraphBlock(text: string): TextBlock {
  return { type: 'TextBlock', text: escapeCardText(truncateText(text, TEXT_LIMITS.paragraph)), wrap: true };
}

/** Numbered steps, one TextBlock each so long steps wrap under their own number. */
export function stepBlocks(items: string[]): TextBlock[] {
  return items.map((item, index) => ({
    type: 'TextBlock',
    text: `${index + 1}\\. ${escapeCardText(truncateText(item, TEXT_LIMITS.step))}`,
    wrap: true,
    spacing: 'Small',
  }));
}

/** Bulleted items, drawn with a literal bullet so no Markdown list parsing is involved. */
export function bulletBlocks(items: string[]): TextBlock[] {
  return items.map((item) => ({ type: 'TextBlock', text: `• ${escapeCardText(truncateText(item, TEXT_LIMITS.step))}`, wrap: true, spacing: 'Small' }));
}

/** "What matched": the (already redacted) error text the answer was found for. */
export function matchedBlocks(matched: string | null): CardElement[] {
  if (!matched) return [];
  const text = truncateText(matched.trim(), TEXT_LIMITS.matched);
  // A TextRun reads no Markdown: a pasted `*`, `_` or `<` shows as it is, with no backslash.
  return [labelBlock('What matched'), { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, fontType: 'Monospace', isSubtle: true }], spacing: 'Small' }];
}

/** Where the answer comes from and how fresh it is; the article's name links to its page when it has one. */
export function sourceBlock(article: ArticleRef): RichTextBlock {
  const name: TextRun = { type: 'TextRun', text: article.displayTitle, isSubtle: true };
  if (article.url) name.selectAction = { type: 'Action.OpenUrl', title: 'Open the article', url: article.url };
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: 'Source: ', isSubtle: true }, name, { type: 'TextRun', text: ` · ${article.source} · Updated ${article.updated}`, isSubtle: true }],
    separator: true,
    spacing: 'Medium',
  };
}

/** A highlighted one-line note (thank-you, "you picked"). */
export function noteContainer(text: string, style: 'good' | 'emphasis' | 'attention'): Container {
  return { type: 'Container', style, spacing: 'Medium', items: [{ type: 'TextBlock', text: escapeCardText(text), wrap: true }] };
}
