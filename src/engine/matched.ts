/**
 * What "Matched" shows: what in the article matched the message. The error string the section
 * lists when the message quotes it; else the message's words that the section shares and the
 * search weighed (at most a few); null when neither, so nothing is echoed back for its own sake.
 */
import { blockText } from '../knowledge/text';
import type { Article, Section } from '../knowledge/model';
import { tokenize, type RankedSection, type Ranking } from '../search';

const MAX_WORDS = 8;
/** Only the start of a long message is read for shared words: what matched is near the error, and a paste can be 40,000 characters. */
const MAX_MESSAGE_CHARS = 2000;
/** Share of an error string's terms the message must hold for it to count as quoted (placeholders and small variations allowed). */
const QUOTED_SHARE = 0.6;

function quotes(message: string, error: string): boolean {
  const said = new Set(tokenize(message));
  const terms = [...new Set(tokenize(error))];
  return terms.length > 0 && terms.filter((t) => said.has(t)).length >= QUOTED_SHARE * terms.length;
}

// A section's terms never change: worked out once per section.
const termsCache = new WeakMap<Section, ReadonlySet<string>>();
function sectionTerms(section: Section): ReadonlySet<string> {
  let terms = termsCache.get(section);
  if (!terms) {
    terms = new Set(tokenize([section.heading, ...section.blocks.map(blockText)].join('\n')));
    termsCache.set(section, terms);
  }
  return terms;
}

/** For `answered`, the section an answer on the ranking's top article starts from (answer-section.ts). */
export function matchedInArticle(ranking: Ranking, answered: RankedSection | undefined, lookup: (id: string) => Article | undefined, message: string): string | null {
  if (!answered) return null;
  if (answered.matchedError && quotes(message.slice(0, MAX_MESSAGE_CHARS * 10), answered.matchedError)) return answered.matchedError;
  const section = lookup(answered.articleId)?.sections.find((s) => s.id === answered.sectionId);
  if (!section) return null;
  const weighed = new Set(ranking.query.terms);
  const inSection = sectionTerms(section);
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of new Set(message.slice(0, MAX_MESSAGE_CHARS).split(/[^\p{L}\p{N}_$.-]+/u))) {
    const term = tokenize(word)[0];
    if (!term || seen.has(term) || !weighed.has(term) || !inSection.has(term)) continue;
    seen.add(term);
    words.push(word.replace(/^[.-]+|[.-]+$/g, ''));
    if (words.length >= MAX_WORDS) break;
  }
  return words.length > 0 ? words.join(', ') : null;
}
