/**
 * Reply blocks as Adaptive Card elements, in the author's order. Text goes in RichTextBlocks made
 * of TextRuns, which Teams shows exactly as written (no Markdown, so nothing needs a backslash);
 * code goes in Teams' CodeBlock element, which keeps line breaks and indentation. Nested code and
 * sub-lists sit in an indented container under their step.
 */
import type { CodeLang } from '../../src/knowledge/model';
import type { ReplyBlock, ReplyItem, TextLink } from '../../src/reply/model';
import type { CardElement, CodeBlockElement, CodeLanguage, Container, RichTextBlock, TextRun } from './card-types';
import { truncateText } from './card-text';

const LIMITS = { run: 2000, code: 6000 } as const;

const LANGUAGES: Record<CodeLang, CodeLanguage> = {
  shell: 'Bash',
  json: 'JSON',
  yaml: 'PlainText',
  javascript: 'JavaScript',
  python: 'Python',
  xml: 'XML',
  text: 'PlainText',
};

/** Runs for plain text; the words naming another article link to its page when it has one. */
export function textRuns(text: string, links?: TextLink[], style: Omit<TextRun, 'type' | 'text'> = {}): TextRun[] {
  const clipped = truncateText(text, LIMITS.run);
  const runs: TextRun[] = [];
  let rest = clipped;
  for (const link of links ?? []) {
    const at = link.url ? rest.indexOf(link.text) : -1;
    if (at < 0) continue;
    if (at > 0) runs.push({ type: 'TextRun', text: rest.slice(0, at), ...style });
    runs.push({ type: 'TextRun', text: link.text, ...style, selectAction: { type: 'Action.OpenUrl', title: link.text.slice(0, 60), url: link.url! } });
    rest = rest.slice(at + link.text.length);
  }
  if (rest || runs.length === 0) runs.push({ type: 'TextRun', text: rest, ...style });
  return runs;
}

function rich(inlines: TextRun[], spacing: RichTextBlock['spacing'] = 'Small'): RichTextBlock {
  return { type: 'RichTextBlock', inlines, spacing };
}

/** A code block as Teams' CodeBlock. */
export function codeElement(lang: CodeLang, code: string): CodeBlockElement {
  return { type: 'CodeBlock', codeSnippet: truncateText(code, LIMITS.code), language: LANGUAGES[lang], spacing: 'Small' };
}

function itemElements(item: ReplyItem, marker: string): CardElement[] {
  const line = rich([{ type: 'TextRun', text: `${marker} `, weight: 'Bolder' }, ...textRuns(item.text, item.links)]);
  return item.blocks.length === 0 ? [line] : [line, { type: 'Container', spacing: 'None', items: contentElements(item.blocks) }];
}

/** Card elements for reply blocks. */
export function contentElements(blocks: readonly ReplyBlock[]): CardElement[] {
  const out: CardElement[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out.push(rich(textRuns(block.text, block.links)));
        break;
      case 'note':
        out.push({
          type: 'Container',
          style: 'emphasis',
          spacing: 'Small',
          items: [rich([{ type: 'TextRun', text: `${block.label}: `, weight: 'Bolder' }, ...textRuns(block.text, block.links)], 'None')],
        });
        break;
      case 'heading':
        out.push(rich([{ type: 'TextRun', text: block.text, weight: 'Bolder' }], 'Medium'));
        break;
      case 'steps':
        block.items.forEach((item, i) => out.push(...itemElements(item, `${block.start + i}.`)));
        break;
      case 'bullets':
        for (const item of block.items) out.push(...itemElements(item, '•'));
        break;
      case 'code':
        out.push(codeElement(block.lang, block.code));
        break;
      default: {
        const unreachable: never = block;
        return unreachable;
      }
    }
  }
  return out;
}
