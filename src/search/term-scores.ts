/**
 * Per-term MiniSearch results, remembered. MiniSearch scores an OR query as the sum over its
 * terms of (term boost × the term's field-boosted BM25 in each document), times the number of
 * query terms the document matched. Each term's part does not depend on the other terms, so the
 * engine asks MiniSearch once per term and combines the remembered parts itself: the same
 * scores as `miniSearch.search(terms, { boostTerm })`, without re-walking posting lists that
 * every error message shares ("certificate", "403", "lambda"), and without building a result
 * object for each of the thousands of sections a common term matches in a large knowledge base.
 * Bounded: the least recently used terms are forgotten first.
 */
import type MiniSearch from 'minisearch';
import type { SectionDocument } from '../knowledge/model';
import { QUERY_OPTIONS } from './options';

/** A search result as the ranker reads it (MiniSearch's shape, reduced). */
export interface TermSearchResult {
  id: string;
  articleId: string;
  sectionId: string;
  score: number;
  queryTerms: string[];
}

interface TermHits {
  docs: Int32Array;
  scores: Float64Array;
}

const MAX_TERMS = 4_000;
// Bit masks record which query terms a document matched.
const MAX_QUERY_TERMS = 31;

/** Remembered single-term results over one MiniSearch index. */
export class TermScores {
  private readonly cache = new Map<string, TermHits>();
  private readonly ids: string[] = [];
  private readonly articleIds: string[] = [];
  private readonly sectionIds: string[] = [];
  private readonly indexOf = new Map<string, number>();
  // Scratch space reused by every search (sized to the documents seen so far).
  private acc = new Float64Array(64);
  private masks = new Uint32Array(64);
  private touched = new Int32Array(64);

  constructor(private readonly miniSearch: MiniSearch<SectionDocument>) {}

  private docIndex(id: string, articleId: string, sectionId: string): number {
    let i = this.indexOf.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.articleIds.push(articleId);
      this.sectionIds.push(sectionId);
      this.indexOf.set(id, i);
      if (i >= this.acc.length) {
        const size = Math.max(this.acc.length * 2, i + 1);
        const acc = new Float64Array(size);
        acc.set(this.acc);
        const masks = new Uint32Array(size);
        masks.set(this.masks);
        this.acc = acc;
        this.masks = masks;
        this.touched = new Int32Array(size);
      }
    }
    return i;
  }

  private hits(term: string): TermHits {
    const cached = this.cache.get(term);
    if (cached !== undefined) {
      // Refresh its place in the least-recently-used order.
      this.cache.delete(term);
      this.cache.set(term, cached);
      return cached;
    }
    const results = this.miniSearch.search(term, QUERY_OPTIONS);
    const hits: TermHits = { docs: new Int32Array(results.length), scores: new Float64Array(results.length) };
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      hits.docs[i] = this.docIndex(String(r.id), String(r.articleId), String(r.sectionId));
      hits.scores[i] = r.score;
    }
    if (this.cache.size >= MAX_TERMS) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(term, hits);
    return hits;
  }

  /**
   * The best `limit` results of `miniSearch.search(terms.join(' '), { boostTerm: boost })`, best
   * first; `filter` keeps only some articles.
   */
  search(terms: readonly string[], boost: (term: string) => number, filter: ((articleId: string) => boolean) | undefined, limit: number): TermSearchResult[] {
    const used = terms.length > MAX_QUERY_TERMS ? terms.slice(0, MAX_QUERY_TERMS) : terms;
    const lists = used.map((t) => this.hits(t));
    const { acc, masks, touched } = this;
    let count = 0;
    for (let t = 0; t < used.length; t++) {
      const b = boost(used[t]);
      const bit = 1 << t;
      const { docs, scores } = lists[t];
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (masks[d] === 0) touched[count++] = d;
        masks[d] |= bit;
        acc[d] += b * scores[i];
      }
    }
    // Keep the best `limit` (a small sorted buffer: large KBs touch thousands of sections).
    const bestDocs: number[] = [];
    const bestScores: number[] = [];
    for (let k = 0; k < count; k++) {
      const d = touched[k];
      const score = acc[d] * popcount(masks[d]);
      if (bestDocs.length === limit && score <= bestScores[limit - 1]) continue;
      if (filter && !filter(this.articleIds[d])) continue;
      let at = bestDocs.length;
      while (at > 0 && bestScores[at - 1] < score) at--;
      bestDocs.splice(at, 0, d);
      bestScores.splice(at, 0, score);
      if (bestDocs.length > limit) {
        bestDocs.pop();
        bestScores.pop();
      }
    }
    const results: TermSearchResult[] = bestDocs.map((d, i) => {
      const queryTerms: string[] = [];
      for (let t = 0; t < used.length; t++) if (masks[d] & (1 << t)) queryTerms.push(used[t]);
      return { id: this.ids[d], articleId: this.articleIds[d], sectionId: this.sectionIds[d], score: bestScores[i], queryTerms };
    });
    for (let k = 0; k < count; k++) {
      acc[touched[k]] = 0;
      masks[touched[k]] = 0;
    }
    return results;
  }
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}
