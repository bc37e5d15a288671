/**
 * The knowledge model: what an article is once loaded from `knowledge/articles/*.md`.
 * Everything downstream (search, replies, renderers) reads these types; the Markdown format and
 * its zod schema (see schema.ts) are how people write them.
 */

/** Languages a code block can carry; renderers use it for fences and monospace styling. */
export type CodeLang = 'shell' | 'json' | 'yaml' | 'javascript' | 'python' | 'xml' | 'text';

/** One piece of a section's body, in source order. Text is plain (no inline markup). */
export type Block =
  | { kind: 'paragraph'; text: string }
  /** `start`: the source's first step number when a list resumes after a code block (default 1); `sub` as for bullets. */
  | { kind: 'steps'; items: string[]; start?: number; sub?: Block[][] }
  /** `sub`, when present: blocks nested under each item (an item's own code or sub-list), index-aligned with `items`. */
  | { kind: 'bullets'; items: string[]; sub?: Block[][] }
  /** `fragment`: the author marked it as part of a larger document (```json fragment), so it need not parse alone. */
  | { kind: 'code'; lang: CodeLang; code: string; fragment?: true };

/** A heading and the blocks under it, up to the next heading of the same or higher level. */
export interface Section {
  /** Stable within its article: the slug of the heading, de-duplicated with -2, -3… */
  id: string;
  heading: string;
  /** 2 for top-level headings (## Short description, ## Resolution), 3 for sub-headings. */
  level: 2 | 3;
  blocks: Block[];
  /** Verbatim error messages this section resolves (quoted in the source or listed by an author). */
  errors: string[];
}

/** A link at the end of an article: another article's question or a documentation title. */
export interface RelatedLink {
  title: string;
  /** Set when the link names an article of this knowledge base (matched by title or question). */
  articleId?: string;
}

export interface Article {
  /** Slug of the title, also the file name without `.md`. */
  id: string;
  /** Title exactly as the source spells it (typos included): the eval and citations compare on it. */
  title: string;
  /** Title with obvious source typos fixed, for display. Equals `title` when there is nothing to fix. */
  displayTitle: string;
  /** The question the article answers ("How can I …?"). */
  question: string;
  /** Last-updated date, YYYY-MM-DD. */
  updated: string;
  /** The problem statement as the person asking put it (the paragraph(s) before "Short description"). */
  summary: string;
  tags: string[];
  /** Variants of the product the article applies to (`variants:` in front matter), as the KB writes them; empty: all. */
  variants: string[];
  /** Short distinguishing label for clarify prompts ("mutual TLS", "IAM auth / SigV4"); optional. */
  label?: string;
  sections: Section[];
  related: RelatedLink[];
  /** Where the article came from: source page file names under knowledge/sources/, or "hand-written". */
  sources: string[];
  /** Path of the Markdown file, relative to the project root. */
  file: string;
}

/** One search document per section, carrying its article's context (see documents.ts). */
export interface SectionDocument {
  /** `${articleId}#${sectionId}` */
  id: string;
  articleId: string;
  sectionId: string;
  title: string;
  question: string;
  tags: string;
  heading: string;
  /** The section's error strings, one per line. */
  errors: string;
  /** The section's text: paragraphs, list items and code, newline-separated. */
  body: string;
}

/** A problem found while loading one article file; the file is skipped, the others still load. */
export interface LoadProblem {
  file: string;
  /** The front-matter field or body part at fault, e.g. "title", "updated", "body". */
  field: string;
  message: string;
}

export interface LoadedKnowledge {
  articles: Article[];
  problems: LoadProblem[];
  /** The folder's kb.yml, when it was read with the articles (a cached copy carries it). */
  profile?: { name?: string; description?: string };
}
