/**
 * Short action values for platforms that cap them (a Slack select option's value holds at most
 * 150 characters; article and section ids can be longer). The short form names the article and
 * section by a hash of their ids; whoever receives it looks the ids up among the articles.
 */
import { createHash } from 'node:crypto';
import { decodeActionValue, encodeActionValue } from './actions';

const HASH_CHARS = 10;

function shortHash(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, HASH_CHARS);
}

/** `value` when it fits `max` characters, else its short form (article and section as hashes, page kept). */
export function shortActionValue(value: string, max: number): string {
  if (value.length <= max) return value;
  const target = decodeActionValue(value);
  const compact: Record<string, string | number> = {};
  if (target.articleId) compact.ah = shortHash(target.articleId);
  if (target.sectionId) compact.sh = shortHash(target.sectionId);
  if (target.page !== undefined) compact.p = target.page;
  return JSON.stringify(compact);
}

/** What the look-up needs: every article id, and the section ids of one article. */
export interface IdSource {
  articleIds(): string[];
  sectionIds(articleId: string): string[];
}

/** A short value back in full (a value that is not short is returned as it is; unknown hashes give an empty target). */
export function expandActionValue(value: string, ids: IdSource): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { ah?: unknown }).ah !== 'string') return value;
  const { ah, sh, p } = parsed as { ah: string; sh?: unknown; p?: unknown };
  const articleId = ids.articleIds().find((id) => shortHash(id) === ah);
  if (!articleId) return '{}';
  const sectionId = typeof sh === 'string' ? ids.sectionIds(articleId).find((id) => shortHash(id) === sh) : undefined;
  const page = typeof p === 'number' ? p : undefined;
  return encodeActionValue({ articleId, sectionId, page });
}
