/**
 * Which section of a ranked article an answer shows. The relevance model ranks sections by all their
 * signals, and a section that explains more of a long paste can outscore the one whose error string
 * the paste quotes: a log prefix ("Execution failed due to configuration error:") that another
 * section's error string also starts with. An error string found (nearly) whole names the section
 * that fixes it, as it identifies the article (decide.ts).
 */
import type { RankedArticle, RankedSection } from '../search';

/** The article's best-scored section, or the one whose error string the message contains at least `strongError` whole when that one matches more completely. */
export function answerSection(article: RankedArticle, strongError: number): RankedSection {
  let quoted = article.best;
  for (const s of article.sections) if (s.error > quoted.error) quoted = s;
  return quoted !== article.best && quoted.error >= strongError ? quoted : article.best;
}
