/**
 * Spacing in prose: a space before punctuation ("choose Create ."), two spaces in a row, and
 * non-breaking spaces (which break search and copy-paste; code included).
 */
import type { Article } from '../model';
import { around, codeOf, proseOf, type LintRule, type RuleWarning } from './rule';

const SPACE_BEFORE_PUNCTUATION = /\S( +)[.,;:!?](?=\s|$)/;
const DOUBLED_SPACE = /\S( {2,})\S/;
const ODD_SPACE = /[\u00a0\u2007\u202f]/;

function places(article: Article): { field: string; prose: string[]; code: string[] }[] {
  return [
    { field: 'summary', prose: [article.summary], code: [] },
    ...article.sections.map((s) => ({ field: `sections.${s.id}`, prose: [s.heading, ...s.blocks.flatMap(proseOf)], code: s.blocks.flatMap(codeOf).map((c) => c.code) })),
  ];
}

export const spacing: LintRule = (article) => {
  const warnings: RuleWarning[] = [];
  for (const place of places(article)) {
    for (const text of place.prose) {
      for (const line of text.split('\n')) {
        const before = SPACE_BEFORE_PUNCTUATION.exec(line);
        if (before) warnings.push({ field: place.field, message: `space before punctuation: "${around(line, before.index + 1)}"` });
        const doubled = DOUBLED_SPACE.exec(line);
        if (doubled) warnings.push({ field: place.field, message: `doubled space: "${around(line, doubled.index + 1)}"` });
      }
    }
    for (const text of [...place.prose, ...place.code]) {
      const odd = ODD_SPACE.exec(text);
      if (odd) warnings.push({ field: place.field, message: `non-breaking space (U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}): "${around(text, odd.index)}"` });
    }
  }
  return warnings;
};
