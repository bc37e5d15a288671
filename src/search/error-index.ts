/**
 * Exact/normalized matching of a message against the error strings each section resolves.
 * Both sides go through the same normalizer (variable parts and template placeholders such as
 * `{requestId}` or `<api-id>` removed) and tokenizer; a section error matches as much as its
 * terms — and, to respect word order, its adjacent term pairs — occur in the message. An
 * inverted index keeps the work proportional to the errors that share a term with the message.
 */
import type { Article } from '../knowledge/model';
import { normalizeVariableParts } from '../signature';
import { tokenize } from './tokenize';
import { idf, type Vocabulary } from './vocabulary';

interface ErrorEntry {
  articleId: string;
  sectionId: string;
  text: string;
  terms: string[];
  pairs: Set<string>;
  weight: number;
}

/** The error strings of every section, ready to match. */
export interface ErrorIndex {
  entries: ErrorEntry[];
  postings: Map<string, number[]>;
  termWeight: Map<string, number>;
  /** `${articleId}#${sectionId}` of every section that lists error strings. */
  sectionsWithErrors: Set<string>;
}

/** The best error match of one section. */
export interface ErrorMatch {
  articleId: string;
  sectionId: string;
  /** 0..1: how completely (and how specifically) one of the section's errors occurs in the message. */
  score: number;
  /** The section's error string that matched. */
  error: string;
}

// Weight (sum of idf) at which an error string counts as fully specific; "Internal server error" weighs less.
const SPECIFIC_WEIGHT = 9;
const MIN_SCORE = 0.35;

/** Template placeholders in article error strings: {requestId}, <api-id>, 'domain.com', xxxxxxxx. */
function stripTemplates(text: string): string {
  return text.replace(/\{[^{}\n]{1,40}\}/g, ' ').replace(/<[^<>\n]{1,40}>/g, ' ').replace(/\bx{4,}\b/gi, ' ');
}

/** Terms of an error string or a message, normalized the same way on both sides. */
export function errorTerms(text: string): string[] {
  return tokenize(stripTemplates(normalizeVariableParts(text)));
}

function pairsOf(terms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return pairs;
}

/** Indexes every section error of `articles`, weighting terms by the section vocabulary. */
export function buildErrorIndex(articles: Article[], vocabulary: Vocabulary): ErrorIndex {
  const entries: ErrorEntry[] = [];
  const postings = new Map<string, number[]>();
  const termWeight = new Map<string, number>();
  for (const article of articles) {
    for (const section of article.sections) {
      for (const error of section.errors) {
        const sequence = errorTerms(error);
        const terms = [...new Set(sequence)];
        if (terms.length === 0) continue;
        let weight = 0;
        for (const term of terms) {
          const w = Math.max(idf(vocabulary, term), 0.1);
          termWeight.set(term, w);
          weight += w;
        }
        const index = entries.length;
        entries.push({ articleId: article.id, sectionId: section.id, text: error, terms, pairs: pairsOf(sequence), weight });
        for (const term of terms) {
          const list = postings.get(term);
          if (list) list.push(index);
          else postings.set(term, [index]);
        }
      }
    }
  }
  const sectionsWithErrors = new Set(entries.map((e) => `${e.articleId}#${e.sectionId}`));
  return { entries, postings, termWeight, sectionsWithErrors };
}

/** Best error match per section for a message whose terms (in order) are `sequence`. */
export function matchErrors(index: ErrorIndex, sequence: string[]): ErrorMatch[] {
  const present = new Set(sequence);
  const pairs = pairsOf(sequence);
  const hitWeight = new Map<number, number>();
  for (const term of present) {
    const list = index.postings.get(term);
    if (!list) continue;
    const w = index.termWeight.get(term) ?? 0;
    for (const entry of list) hitWeight.set(entry, (hitWeight.get(entry) ?? 0) + w);
  }
  const best = new Map<string, ErrorMatch>();
  for (const [entryIndex, weight] of hitWeight) {
    const entry = index.entries[entryIndex];
    const termShare = weight / entry.weight;
    if (termShare < MIN_SCORE) continue;
    let pairHits = 0;
    for (const pair of entry.pairs) if (pairs.has(pair)) pairHits++;
    const pairShare = entry.pairs.size > 0 ? pairHits / entry.pairs.size : termShare;
    const specificity = Math.min(1, entry.weight / SPECIFIC_WEIGHT);
    const score = (0.5 * termShare + 0.5 * pairShare) * (0.5 + 0.5 * specificity);
    if (score < MIN_SCORE) continue;
    const key = `${entry.articleId}#${entry.sectionId}`;
    const previous = best.get(key);
    if (!previous || previous.score < score) best.set(key, { articleId: entry.articleId, sectionId: entry.sectionId, score, error: entry.text });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
