/**
 * A labelled set for fitting: eval-set messages and the knowledge base they are about, with each
 * message's ranking computed once. The ranking's signals do not depend on the model's weights, so
 * fitting and cross-validation rescore the same rankings (search/rank.ts applyModel) instead of
 * searching again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toSectionDocuments } from '../knowledge/documents';
import { loadKnowledge } from '../knowledge/load';
import type { Article } from '../knowledge/model';
import { buildSectionIndex, rank, type Ranking, type RelevanceModel, type SectionIndex } from '../search';
import { extractSignature } from '../signature';
import { parseQueries, type EvalQuery } from './eval-set';

/** One message of a labelled set, ranked. */
export interface LabelledMessage {
  query: EvalQuery;
  /** Expected article ids (empty: the right outcome is none). */
  expect: Set<string>;
  ranking: Ranking;
  isError: boolean;
}

export interface LabelledSet {
  /** The eval file's folder and name, e.g. "eval/real-dev.jsonl". */
  name: string;
  /** The knowledge base's folder; sets over the same folder are the same knowledge base. */
  knowledgeDir: string;
  articles: Article[];
  index: SectionIndex;
  messages: LabelledMessage[];
}

// Titles are compared as the eval does (exact source title), falling back to a case-insensitive match.
function articleIdsFor(titles: readonly string[], articles: readonly Article[]): Set<string> {
  const ids = new Set<string>();
  for (const title of titles) {
    const found = articles.find((a) => a.title === title) ?? articles.find((a) => a.title.toLowerCase() === title.toLowerCase() || a.displayTitle.toLowerCase() === title.toLowerCase());
    if (!found) throw new Error(`no article titled "${title}"`);
    ids.add(found.id);
  }
  return ids;
}

/** Loads an eval file and its knowledge base, and ranks every message with `model` (its signals are what fitting reads). */
export async function loadLabelledSet(file: string, knowledgeDir: string, model: RelevanceModel): Promise<LabelledSet> {
  const { queries, errors } = parseQueries(fs.readFileSync(file, 'utf8'));
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]}`);
  const { articles } = await loadKnowledge(knowledgeDir);
  const index = buildSectionIndex(articles, toSectionDocuments(articles));
  const messages = queries.map((query) => {
    const signature = extractSignature(query.text);
    let expect: Set<string>;
    try {
      expect = articleIdsFor(query.expect ?? [], articles);
    } catch (error) {
      throw new Error(`${file}: ${query.id}: ${(error as Error).message}`);
    }
    return { query, expect, ranking: rank(index, signature, model), isError: signature.isError };
  });
  return { name: `${path.basename(path.dirname(path.resolve(file)))}/${path.basename(file)}`, knowledgeDir: path.resolve(knowledgeDir), articles, index, messages };
}
