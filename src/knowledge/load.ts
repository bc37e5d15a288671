/**
 * Loads the knowledge base: every `*.md` in a directory, validated. A broken article is reported
 * (file, field, message) and skipped; the others still load.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { frontMatterSchema } from './schema';
import { parseBody } from './markdown-read';
import type { Article, LoadedKnowledge, LoadProblem, Section } from './model';
import { resolveRelated } from './related';
import { uniqueSlug } from './slug';
import { blocksText } from './text';
import { findProjectRoot } from './paths';

/** Where paths in Article.file and LoadProblem.file are relative to (default: the project root). */
export interface LoadOptions {
  root?: string;
}

/** An article parsed from one file, before related links are resolved against the others. */
export interface ParsedArticle {
  article?: Article;
  related: string[];
  problems: LoadProblem[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses one article file's text; `file` names it in problems and in Article.file. */
export function parseArticle(text: string, file: string): ParsedArticle {
  const fail = (field: string, message: string): ParsedArticle => ({ related: [], problems: [{ file, field, message }] });
  const match = FRONT_MATTER.exec(text);
  if (!match) return fail('front matter', 'the file must start with YAML front matter between two "---" lines');
  let data: unknown;
  try {
    data = YAML.parse(match[1]);
  } catch (error) {
    return fail('front matter', `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('front matter', 'must be a YAML mapping of fields (title, question, updated, …)');
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    return {
      related: [],
      problems: parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || 'front matter', message: issue.message })),
    };
  }
  const meta = parsed.data;
  const fileId = path.basename(file, '.md');
  if (meta.id !== undefined && meta.id !== fileId) return fail('id', `id "${meta.id}" must match the file name "${fileId}.md"`);

  const body = parseBody(text.slice(match[0].length));
  if (body.sections.length === 0) return fail('body', 'no sections: add at least one "## Heading" with text under it');
  const taken = new Set<string>();
  const sections: Section[] = body.sections.map((s) => ({ id: uniqueSlug(s.heading, taken), heading: s.heading, level: s.level, blocks: s.blocks, errors: [] }));
  const problems: LoadProblem[] = [];
  for (const [sectionId, errors] of Object.entries(meta.errors)) {
    const section = sections.find((s) => s.id === sectionId);
    if (section) section.errors = errors;
    else problems.push({ file, field: `errors.${sectionId}`, message: `no section with id "${sectionId}" (ids: ${sections.map((s) => s.id).join(', ')})` });
  }
  if (problems.length > 0) return { related: [], problems };

  const article: Article = {
    id: fileId,
    title: meta.title,
    displayTitle: meta.displayTitle ?? meta.title,
    question: meta.question ?? meta.title,
    updated: meta.updated,
    summary: blocksText(body.summary),
    tags: meta.tags,
    variants: meta.variants ?? meta.apiTypes ?? [],
    ...(meta.label ? { label: meta.label } : {}),
    sections,
    related: [],
    sources: meta.sources,
    file,
  };
  return { article, related: meta.related, problems: [] };
}

/** Resolves related links across articles and rejects duplicate titles. */
export function assemble(parsed: readonly ParsedArticle[]): LoadedKnowledge {
  const problems: LoadProblem[] = parsed.flatMap((p) => p.problems);
  const articles: Article[] = [];
  const related = new Map<string, string[]>();
  const titles = new Map<string, string>();
  for (const p of parsed) {
    if (!p.article) continue;
    const key = p.article.title.toLowerCase();
    const first = titles.get(key);
    if (first) {
      problems.push({ file: p.article.file, field: 'title', message: `same title as ${first}; each article needs its own title` });
      continue;
    }
    titles.set(key, p.article.file);
    articles.push(p.article);
    related.set(p.article.id, p.related);
  }
  for (const article of articles) article.related = resolveRelated(related.get(article.id) ?? [], article.id, articles);
  return { articles, problems };
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => entry.name)
    .sort();
}

function relativeTo(options: LoadOptions | undefined, dir: string): (name: string) => string {
  const root = options?.root ?? findProjectRoot(dir);
  return (name) => path.relative(root, path.join(dir, name)).split(path.sep).join('/');
}

/** Loads every article in `dir` synchronously. */
export function loadKnowledgeSync(dir: string, options?: LoadOptions): LoadedKnowledge {
  const rel = relativeTo(options, dir);
  return assemble(markdownFiles(dir).map((name) => parseArticle(fs.readFileSync(path.join(dir, name), 'utf8'), rel(name))));
}

/** Loads every article in `dir`. */
export async function loadKnowledge(dir: string, options?: LoadOptions): Promise<LoadedKnowledge> {
  const rel = relativeTo(options, dir);
  const names = markdownFiles(dir);
  const texts = await Promise.all(names.map((name) => fs.promises.readFile(path.join(dir, name), 'utf8')));
  return assemble(names.map((name, i) => parseArticle(texts[i], rel(name))));
}
