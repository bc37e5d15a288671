import { holdsAsciiIgnoringCase } from './char-classes';

/**
 * Where literals occur in a text, found in one pass (one regular expression for all of them)
 * rather than one search per literal; and from that, which lines hold which literal.
 */

/** A search for a fixed set of literals, compared without regard to case. */
export interface LiteralSearch {
  /**
   * The key hits of `literal` are reported under. A literal that starts with another one is
   * looked for as that shorter one (its hits are then a superset of its own): an alternation
   * reports one literal per position, and this way it never hides another.
   */
  keyOf(literal: string): string;
  /** Calls `onHit` with the key and offset of every occurrence in `text`, in order of offset. */
  forEachHit(text: string, onHit: (key: string, offset: number) => void): void;
}

function escapeForRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * One alternation for prefix-free `literals`, factored by leading characters (`gh(?:p_|o_)`, not
 * `ghp_|gho_`): the engine then tries a literal only where its first characters are.
 */
function factoredAlternation(literals: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const literal of literals) {
    const rests = byFirst.get(literal[0]) ?? [];
    rests.push(literal.slice(1));
    byFirst.set(literal[0], rests);
  }
  return [...byFirst]
    .map(([first, rests]) => {
      const nonEmpty = rests.filter((r) => r.length > 0);
      if (nonEmpty.length === 0) return escapeForRegExp(first);
      if (nonEmpty.length === 1) return escapeForRegExp(first + nonEmpty[0]);
      return `${escapeForRegExp(first)}(?:${factoredAlternation(nonEmpty)})`;
    })
    .join('|');
}

/** A search for `literals` (non-empty strings). */
export function literalSearch(literals: readonly string[]): LiteralSearch {
  const lowered = [...new Set(literals.map((l) => l.toLowerCase()))];
  const shortestPrefix = (literal: string): string =>
    lowered.filter((other) => literal.startsWith(other)).reduce((a, b) => (b.length < a.length ? b : a));
  const keys = new Map(lowered.map((l) => [l, shortestPrefix(l)]));
  const alternation = factoredAlternation([...new Set(keys.values())]);
  const exactCase = new RegExp(alternation, 'g');
  const anyCase = new RegExp(alternation, 'gi');

  /** Hits in `searched` (`text` itself, or its lowercase for the exact-case pattern); false when one is not a hit in `text`. */
  const scan = (text: string, searched: string, pattern: RegExp, onHit: (key: string, offset: number) => void): boolean => {
    const hits: number[] = [];
    const hitKeys: string[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(searched); m; m = pattern.exec(searched)) {
      // In the lowercased text the hit is its key already; it must also be there in the text.
      const key = searched === text ? m[0].toLowerCase() : m[0];
      if (searched !== text && !holdsAsciiIgnoringCase(text, m.index, key)) return false;
      hits.push(m.index);
      hitKeys.push(key);
      // Literals may overlap ("ghp_" right after "...gh"): look again from the next character.
      pattern.lastIndex = m.index + 1;
    }
    for (let i = 0; i < hits.length; i++) onHit(hitKeys[i], hits[i]);
    return true;
  };

  return {
    keyOf: (literal) => keys.get(literal.toLowerCase()) ?? literal.toLowerCase(),
    forEachHit(text, onHit) {
      // Searching the lowercased text case-sensitively is faster than searching without case. It
      // is only right while lowercasing keeps every character at its offset (a character such as
      // "\u0130" lowercases to two); every hit is checked against the text, and the search is
      // done again without case if one does not match.
      if (!scan(text, text.toLowerCase(), exactCase, onHit)) scan(text, text, anyCase, onHit);
    },
  };
}

/** The lines of one text that hold given literals. */
export interface LiteralLines {
  /** Offset of the first character of every line; lines end at "\n". */
  readonly lineStarts: readonly number[];
  /** The lines holding `literal` (one the finder was made for), ascending, each once. */
  linesOf(literal: string): readonly number[];
}

/** Offsets where the lines of `text` start. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A finder of the lines that hold each of `literals`. */
export function literalLineFinder(literals: readonly string[]): (text: string) => LiteralLines {
  const search = literalSearch(literals);
  return (text) => {
    const lineStarts = lineStartsOf(text);
    const found = new Map<string, number[]>();
    let line = 0;
    search.forEachHit(text, (key, offset) => {
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
      let lines = found.get(key);
      if (!lines) found.set(key, (lines = []));
      if (lines[lines.length - 1] !== line) lines.push(line);
    });
    return { lineStarts, linesOf: (literal) => found.get(search.keyOf(literal)) ?? [] };
  };
}
