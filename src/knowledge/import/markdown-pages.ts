/**
 * Imports a folder of plain Markdown pages (a team's existing docs) as articles: the `#` heading
 * is the title, `##` headings are sections and `###` sub-sections (a page with several `#`
 * headings has each as a section), error messages quoted in the text become the `errors` of the
 * section that mentions them. Pages that already are articles (front matter) are copied as is.
 */
import type { Tokens } from 'marked';
import { parseArticle } from '../load';
import { parseBody, type BodySection } from '../markdown-read';
import { articleMarkdown } from '../markdown-write';
import { lex } from '../marked-lexer';
import type { Article, Block, Section } from '../model';
import { uniqueSlug } from '../slug';
import { blocksText } from '../text';
import { addErrors, codeErrors, errorsInText } from './errors';

/** A Markdown page: its file name, text and last-modified date (YYYY-MM-DD). */
export interface MarkdownPage {
  name: string;
  text: string;
  updated: string;
}

/** What became of one page. */
export interface PageOutcome {
  page: string;
  file: string;
  /** "converted" from a plain page, or "copied" because it already was an article. */
  how: 'converted' | 'copied';
}

/** The files to write, and what each page became. */
export interface MarkdownImport {
  files: { name: string; content: string }[];
  outcomes: PageOutcome[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n/;

/** Converts `pages` (sorted by name for stable output); `outPath` is the output folder as Article.file shows it. */
export function importMarkdownPages(pages: readonly MarkdownPage[], outPath: string): MarkdownImport {
  const sorted = [...pages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ids = new Set<string>();
  const titles = new Set<string>();
  const files: MarkdownImport['files'] = [];
  const outcomes: PageOutcome[] = [];
  for (const page of sorted) {
    if (FRONT_MATTER.test(page.text)) {
      const name = `${uniqueSlug(page.name.replace(/\.md$/i, ''), ids)}.md`;
      files.push({ name, content: page.text });
      outcomes.push({ page: page.name, file: name, how: 'copied' });
      continue;
    }
    const { article, summary } = convertPage(page, ids, titles, outPath);
    const name = `${article.id}.md`;
    files.push({ name, content: articleMarkdown(article, summary) });
    outcomes.push({ page: page.name, file: name, how: 'converted' });
  }
  return { files, outcomes };
}

/** Problems the written files would have when loaded (none expected; a guard on the converter). */
export function importProblems(result: MarkdownImport, outPath: string): string[] {
  return result.files.flatMap((file) => parseArticle(file.content, `${outPath}/${file.name}`).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`));
}

function convertPage(page: MarkdownPage, ids: Set<string>, titles: Set<string>, outPath: string): { article: Article; summary: Block[] } {
  const tokens = lex(page.text);
  const h1 = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && (t as Tokens.Heading).depth === 1);
  const fromName = humanize(page.name);
  let title = h1.length === 1 ? plain(h1[0].text) : fromName;
  if (titles.has(title.toLowerCase())) title = `${title} (${page.name})`;
  titles.add(title.toLowerCase());
  // Several `#` headings: each is a section, and every level moves down one.
  const shift = h1.length > 1 ? 1 : 0;
  const body = tokens
    .map((t) => {
      if (t.type !== 'heading') return t.raw;
      const heading = t as Tokens.Heading;
      if (heading.depth === 1 && shift === 0) return '';
      return `${'#'.repeat(heading.depth + shift)} ${plain(heading.text)}\n\n`;
    })
    .join('');
  const parsed = parseBody(body);
  const summary = parsed.summary.map(plainBlock);
  const drafts: BodySection[] = parsed.sections.length > 0 ? parsed.sections : [{ heading: title, level: 2, blocks: summary.splice(0) }];
  const taken = new Set<string>();
  const sections: Section[] = drafts.map((s) => {
    const blocks = s.blocks.map(plainBlock);
    const errors: string[] = [];
    addErrors(errors, errorsInText(s.heading));
    for (const block of blocks) addErrors(errors, blockErrors(block));
    return { id: uniqueSlug(s.heading, taken), heading: s.heading, level: s.level, blocks, errors };
  });
  // Errors quoted before the first heading belong to the first section.
  for (const block of summary) addErrors(sections[0].errors, blockErrors(block));
  const id = uniqueSlug(title, ids);
  const article: Article = {
    id,
    title,
    displayTitle: title,
    question: title,
    updated: page.updated,
    summary: blocksText(summary),
    tags: [],
    variants: [],
    sections,
    related: [],
    sources: [page.name],
    file: `${outPath}/${id}.md`,
  };
  return { article, summary };
}

/** Error messages a block quotes: `inline code` and "quotes" in prose, error fields in code. */
function blockErrors(block: Block): string[] {
  if (block.kind === 'code') return codeErrors(block.code);
  const lines = block.kind === 'paragraph' ? block.text.split('\n') : block.items;
  // Inline code reads like a quotation here, so `ErrImagePull` counts as quoted.
  return lines.flatMap((line) => errorsInText(line.replace(/`([^`\n]+)`/g, '"$1"')));
}

/** Inline Markdown as the plain text articles hold: links as "text (url)", no emphasis markers, no images. */
function plain(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1/g, '$2')
    .trim();
}

function plainBlock(block: Block): Block {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: plain(block.text) };
    case 'steps':
      return { ...block, items: block.items.map(plain) };
    case 'bullets':
      return { kind: 'bullets', items: block.items.map(plain) };
    case 'code':
      return block;
  }
}

/** "debug-dns_resolution.md" -> "Debug dns resolution". */
function humanize(name: string): string {
  const words = name.replace(/\.md$/i, '').replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Untitled';
}
