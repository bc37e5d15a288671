/**
 * Exact/normalized matching of a message against the error strings each section resolves.
 * Both sides go through the same normalizer (variable parts and template placeholders such as
 * `{requestId}` or `<api-id>` removed) and tokenizer; a section error matches as much as its
 * terms — and, to respect word order, its adjacent term pairs — occur in the message. An
 * inverted index keeps the work proportional to the errors that share a term with the message.
 */
import type { Article } from '../knowledge/model';
import { normalizeVariableParts } from '../signature';
import { onlyStatusTerms } from './status-terms';
import { tokenize } from './tokenize';
import { idf, maxIdf, type Vocabulary } from './vocabulary';

interface ErrorEntry {
  articleId: string;
  sectionId: string;
  text: string;
  terms: string[];
  /** The error's terms in order (for the pair index). */
  sequence: string[];
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
  /** Terms in more error strings than this do not nominate candidates (see matchErrors). */
  maxCandidatePostings: number;
  /** Weight (sum of idf) at which an error string counts as fully specific. */
  specificWeight: number;
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

// An error string counts as fully specific when its terms weigh as much as this many of the knowledge
// base's rarest terms (idf relative to its own size); "Internal server error" weighs less.
const SPECIFIC_RAREST_TERMS = 2;
const MIN_SCORE = 0.35;

/** Template placeholders in article error strings: {requestId}, <api-id>, 'domain.com', xxxxxxxx. */
function stripTemplates(text: string): string {
  return text.replace(/\{[^{}\n]{1,40}\}/g, ' ').replace(/<[^<>\n]{1,40}>/g, ' ').replace(/\bx{4,}\b/gi, ' ');
}

/** Terms of an error string or a message, normalized the same way on both sides. */
function errorTerms(text: string): string[] {
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
        // "HTTP 403 Forbidden" or "Internal server error" names a status, not a cause: the status signal covers it.
        if (terms.length === 0 || onlyStatusTerms(terms)) continue;
        let weight = 0;
        for (const term of terms) {
          const w = Math.max(idf(vocabulary, term), 0.1);
          termWeight.set(term, w);
          weight += w;
        }
        const index = entries.length;
        entries.push({ articleId: article.id, sectionId: section.id, text: error, terms, sequence, pairs: pairsOf(sequence), weight });
        for (const term of terms) {
          const list = postings.get(term);
          if (list) list.push(index);
          else postings.set(term, [index]);
        }
      }
    }
  }
  const sectionsWithErrors = new Set(entries.map((e) => `${e.articleId}#${e.sectionId}`));
  return { entries, postings, termWeight, sectionsWithErrors, maxCandidatePostings: Math.max(20, Math.ceil(entries.length * 0.01)), specificWeight: SPECIFIC_RAREST_TERMS * maxIdf(vocabulary) };
}

/** Best error match per section for a message with terms `present` and adjacent term pairs `pairs` (see message-pairs.ts). */
export function matchErrors(index: ErrorIndex, present: ReadonlyMap<string, unknown>, pairs: ReadonlySet<string>): ErrorMatch[] {
  // Candidates come from the message's rarer terms: an error string whose every term is in most
  // errors ("error", "request") is too unspecific to match anyway, and those posting lists are the long ones.
  const candidates = new Set<number>();
  for (const term of present.keys()) {
    const list = index.postings.get(term);
    if (list !== undefined && list.length <= index.maxCandidatePostings) for (const entry of list) candidates.add(entry);
  }
  const best = new Map<string, ErrorMatch>();
  for (const entryIndex of candidates) {
    const entry = index.entries[entryIndex];
    let weight = 0;
    for (const term of entry.terms) if (present.has(term)) weight += index.termWeight.get(term) ?? 0;
    const termShare = weight / entry.weight;
    if (termShare < MIN_SCORE) continue;
    let pairHits = 0;
    for (const pair of entry.pairs) if (pairs.has(pair)) pairHits++;
    const pairShare = entry.pairs.size > 0 ? pairHits / entry.pairs.size : termShare;
    const specificity = Math.min(1, entry.weight / index.specificWeight);
    const score = (0.5 * termShare + 0.5 * pairShare) * (0.5 + 0.5 * specificity);
    if (score < MIN_SCORE) continue;
    const key = `${entry.articleId}#${entry.sectionId}`;
    const previous = best.get(key);
    if (!previous || previous.score < score) best.set(key, { articleId: entry.articleId, sectionId: entry.sectionId, score, error: entry.text });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
