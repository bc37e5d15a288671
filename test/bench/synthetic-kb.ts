/**
 * A large synthetic knowledge base generated from the real articles, for the 10,000-section
 * benchmark: new article ids, sections mixed across articles, and vocabulary mutated per article
 * (each article gets its own "dialect" of invented words), so the index has far more distinct
 * terms and documents than the shipped KB while keeping its shape: titles, headings, steps,
 * code and error strings. The real articles are kept too, so real messages still have answers.
 */
import type { Article, Block, Section } from '../../src/knowledge/model';
import { seededRandom } from './seeded-random';

type Rand = () => number;

const SYLLABLES = ['ka', 'zu', 'rex', 'lin', 'mo', 'ta', 'vek', 'sor', 'pli', 'dan', 'quo', 'fen', 'gir', 'hul', 'ny', 'os'];

function inventWord(rand: Rand, base: string): string {
  const n = 1 + Math.floor(rand() * 3);
  let suffix = '';
  for (let i = 0; i < n; i++) suffix += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return base.slice(0, Math.max(2, Math.floor(base.length / 2))) + suffix;
}

/** A word-substitution dialect: about `share` of the words longer than three letters are replaced. */
function makeDialect(rand: Rand, share: number): (text: string) => string {
  const table = new Map<string, string>();
  return (text) =>
    text.replace(/[A-Za-z]{4,}/g, (word) => {
      const key = word.toLowerCase();
      let replacement = table.get(key);
      if (replacement === undefined) {
        replacement = rand() < share ? inventWord(rand, key) : key;
        table.set(key, replacement);
      }
      return replacement === key ? word : replacement;
    });
}

/** Numbers and ids vary between copies, as they do between real accounts and APIs. */
function varyNumbers(rand: Rand, text: string): string {
  return text.replace(/\b\d{3,}\b/g, (digits) => String(Math.floor(rand() * 10 ** digits.length)).padStart(digits.length, '0'));
}

function mutateBlock(block: Block, say: (t: string) => string, rand: Rand): Block {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: say(block.text) };
    case 'steps':
      return { ...block, items: block.items.map(say) };
    case 'bullets':
      return { kind: 'bullets', items: block.items.map(say) };
    case 'code':
      return { kind: 'code', lang: block.lang, code: varyNumbers(rand, block.code) };
  }
}

export interface SyntheticKb {
  articles: Article[];
  sectionCount: number;
}

/** Articles totalling at least `targetSections` sections, derived from `real` with `seed`. */
export function syntheticKnowledge(real: readonly Article[], targetSections: number, seed = 0xb3c4): SyntheticKb {
  const rand = seededRandom(seed);
  const allSections: { article: Article; section: Section }[] = real.flatMap((article) => article.sections.map((section) => ({ article, section })));
  if (allSections.length === 0) throw new Error('synthetic KB: the real knowledge base has no sections');
  const articles: Article[] = [...real];
  let sectionCount = allSections.length;

  for (let i = 0; sectionCount < targetSections; i++) {
    const base = real[i % real.length];
    const say = makeDialect(rand, 0.25);
    const id = `syn-${String(i).padStart(5, '0')}-${base.id}`.slice(0, 120);
    const count = Math.min(targetSections - sectionCount, 4 + Math.floor(rand() * 8));
    // Half the sections come from the base article, half from anywhere: mixed, like a real KB's overlaps.
    const picked: Section[] = [];
    for (let s = 0; s < count; s++) {
      const source = rand() < 0.5 && base.sections.length > 0 ? base.sections[Math.floor(rand() * base.sections.length)] : allSections[Math.floor(rand() * allSections.length)].section;
      picked.push({
        id: `${source.id}-${s}`,
        heading: say(source.heading),
        level: source.level,
        blocks: source.blocks.map((b) => mutateBlock(b, say, rand)),
        errors: source.errors.map((e) => varyNumbers(rand, say(e))),
      });
    }
    const title = say(base.title);
    articles.push({
      ...base,
      id,
      title: `${title} (${i})`,
      displayTitle: `${title} (${i})`,
      question: say(base.question),
      summary: say(base.summary),
      tags: base.tags,
      label: base.label ? say(base.label) : undefined,
      sections: picked,
      related: [],
      sources: ['synthetic'],
      file: `synthetic/${id}.md`,
    });
    sectionCount += picked.length;
  }
  return { articles, sectionCount };
}
