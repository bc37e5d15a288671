/**
 * Writes an article as Markdown with YAML front matter: the format people read, review and edit.
 * The loader (markdown-read.ts) reads it back to the same Article; the importer checks that.
 */
import YAML from 'yaml';
import type { Article, Block } from './model';

/** Fence languages written for each block language. */
const FENCE_LANG: Record<string, string> = { shell: 'shell', json: 'json', yaml: 'yaml', javascript: 'javascript', python: 'python', xml: 'xml', text: 'text' };

/** Characters that would start a Markdown block construct at the start of a paragraph line. */
const BLOCK_START = /^([#>+*-]\s|[#>]|\d+[.)]\s|```|~~~|<|[=-]+\s*$|\||\s{4})/;

/** Front matter of an article, keys in a fixed order so output is byte-stable. */
function frontMatter(article: Article): Record<string, unknown> {
  const errors: Record<string, string[]> = {};
  for (const section of article.sections) if (section.errors.length > 0) errors[section.id] = section.errors;
  return {
    id: article.id,
    title: article.title,
    ...(article.displayTitle !== article.title ? { displayTitle: article.displayTitle } : {}),
    question: article.question,
    updated: article.updated,
    ...(article.label ? { label: article.label } : {}),
    tags: article.tags,
    variants: article.variants,
    sources: article.sources,
    errors,
    related: article.related.map((link) => link.title),
  };
}

function escapeParagraph(text: string): string {
  return BLOCK_START.test(text) ? `\\${text}` : text;
}

function listItem(marker: string, text: string): string {
  const pad = ' '.repeat(marker.length + 1);
  return `${marker} ${text.split('\n').map((line, i) => (i === 0 ? line : pad + line)).join('\n')}`;
}

function fence(code: string): string {
  let longest = 2;
  for (const match of code.matchAll(/`{3,}/g)) longest = Math.max(longest, match[0].length);
  return '`'.repeat(longest + 1);
}

/** One block as Markdown. */
function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeParagraph(block.text);
    case 'steps':
      return block.items.map((item, i) => listItem(`${(block.start ?? 1) + i}.`, item)).join('\n');
    case 'bullets':
      return block.items.map((item) => listItem('-', item)).join('\n');
    case 'code': {
      const f = fence(block.code);
      return `${f}${FENCE_LANG[block.lang] ?? 'text'}${block.fragment ? ' fragment' : ''}\n${block.code}\n${f}`;
    }
  }
}

/** Blocks as Markdown; adjacent lists of one kind get a separator so they stay two lists. */
function blocksMarkdown(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const prev = blocks[i - 1];
    if (prev && prev.kind === block.kind && (block.kind === 'steps' || block.kind === 'bullets')) out.push('<!-- -->');
    out.push(blockMarkdown(block));
  });
  return out;
}

/** The whole file: front matter, the summary blocks, then the sections. */
export function articleMarkdown(article: Article, summaryBlocks: readonly Block[]): string {
  const yaml = YAML.stringify(frontMatter(article), { lineWidth: 0 });
  const parts: string[] = [...blocksMarkdown(summaryBlocks)];
  for (const section of article.sections) {
    parts.push(`${section.level === 2 ? '##' : '###'} ${section.heading}`);
    parts.push(...blocksMarkdown(section.blocks));
  }
  return `---\n${yaml}---\n\n${parts.join('\n\n')}\n`;
}
