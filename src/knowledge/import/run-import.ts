/**
 * The importer end to end: pages in, one Markdown file per distinct article out. Pure up to
 * `writeImport`; the same pages always give the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../model';
import { articleMarkdown } from '../markdown-write';
import { resolveRelated } from '../related';
import { buildArticle, type ImportedArticle } from './build-article';
import { mergeCopies, type MergeNote } from './merge';
import { splitPage } from './split-pages';

/** A source page: its file name and text. */
export interface SourcePage {
  name: string;
  text: string;
}

/** The importer's output: articles, their Markdown files, and what it merged. */
export interface ImportResult {
  articles: Article[];
  files: { name: string; content: string }[];
  merges: MergeNote[];
  copies: number;
}

/** Imports pages; `articlesPath` is the output directory as Article.file should show it. */
export function importPages(pages: readonly SourcePage[], articlesPath = 'knowledge/articles'): ImportResult {
  const sorted = [...pages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const copies: ImportedArticle[] = sorted.flatMap((page) =>
    splitPage(page.text, page.name).map((copy) => buildArticle(copy, (id) => `${articlesPath}/${id}.md`)),
  );
  const { articles: merged, merges } = mergeCopies(copies);
  const all = merged.map((m) => m.article);
  for (const m of merged) m.article.related = resolveRelated(m.relatedLines, m.article.id, all);
  const ids = new Set<string>();
  for (const article of all) {
    if (ids.has(article.id)) throw new Error(`two articles would be written to ${article.id}.md`);
    ids.add(article.id);
  }
  return {
    articles: all,
    files: merged.map((m) => ({ name: `${m.article.id}.md`, content: articleMarkdown(m.article, m.summaryBlocks) })),
    merges,
    copies: copies.length,
  };
}

/** Reads the source pages (*.txt) of a directory. */
export function readSourcePages(dir: string): SourcePage[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** Writes the files of an import into `outDir`, creating it; returns the names written. */
export function writeImport(result: ImportResult, outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of result.files) fs.writeFileSync(path.join(outDir, file.name), file.content, 'utf8');
  return result.files.map((f) => f.name);
}
