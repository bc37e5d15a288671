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
  /**
   * Calls `onHit` with the key and offset of every occurrence in `text`, in order of offset.
   * `lowercase` is `text.toLowerCase()`, for a caller that has it already.
   */
  forEachHit(text: string, onHit: (key: string, offset: number) => void, lowercase?: string): void;
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

/**
 * Whether `lowered` (`text` lowercased) holds the literals' hits at `text`'s offsets, with no hit
 * `text` lacks. Lowercasing moves later characters only when it lengthens one ("\u0130" lowercases
 * to two), and brings in an ASCII letter from elsewhere only for "\u212a" (the Kelvin sign, to "k"):
 * in all of Unicode these are the only two (test/security/literal-lines.test.ts enumerates them).
 */
function lowercaseKeepsHits(text: string, lowered: string): boolean {
  return lowered.length === text.length && !text.includes('\u212a');
}

/** A search for `literals` (non-empty ASCII strings). */
export function literalSearch(literals: readonly string[]): LiteralSearch {
  const lowered = [...new Set(literals.map((l) => l.toLowerCase()))];
  if (lowered.some((l) => l.length === 0 || /[^\x00-\x7f]/.test(l))) throw new Error('literals must be non-empty ASCII');
  const shortestPrefix = (literal: string): string =>
    lowered.filter((other) => literal.startsWith(other)).reduce((a, b) => (b.length < a.length ? b : a));
  const keys = new Map(lowered.map((l) => [l, shortestPrefix(l)]));
  const distinctKeys = [...new Set(keys.values())];
  const alternation = factoredAlternation(distinctKeys);
  const exactCase = new RegExp(alternation, 'g');
  const anyCase = new RegExp(alternation, 'gi');
  // By last character, longest first: how a hit is told from where it ends (see keyEndingAt).
  const keysByLastChar = new Map<number, string[]>();
  for (const key of [...distinctKeys].sort((a, b) => b.length - a.length)) {
    const last = key.charCodeAt(key.length - 1);
    keysByLastChar.set(last, [...(keysByLastChar.get(last) ?? []), key]);
  }

  /**
   * The key of the hit that ends at `end` in `searched` (lowercase, or compared without case when
   * `ignoreCase`), the search having started at `from`. `test` gives only where a hit ends, but
   * that is enough: the hit is the leftmost one from `from`, and keys are prefix-free, so of the
   * keys ending there and starting at `from` or later it is the longest.
   */
  const keyEndingAt = (searched: string, from: number, end: number, ignoreCase: boolean): string => {
    const last = searched.charCodeAt(end - 1);
    const folded = ignoreCase && last >= 0x41 && last <= 0x5a ? last + 0x20 : last;
    for (const key of keysByLastChar.get(folded) ?? []) {
      const start = end - key.length;
      if (start < from) continue;
      if (ignoreCase ? holdsAsciiIgnoringCase(searched, start, key) : searched.startsWith(key, start)) return key;
    }
    throw new Error('a literal hit matches no literal');
  };

  /** Reports every hit in `searched`, in order. `test` rather than `exec`: no match array, no matched string per hit. */
  const scan = (searched: string, pattern: RegExp, onHit: (key: string, offset: number) => void): void => {
    const ignoreCase = pattern === anyCase;
    pattern.lastIndex = 0;
    for (let from = 0; pattern.test(searched); from = pattern.lastIndex) {
      const key = keyEndingAt(searched, from, pattern.lastIndex, ignoreCase);
      const start = pattern.lastIndex - key.length;
      // Literals may overlap ("ghp_" right after "...gh"): look again from the next character.
      pattern.lastIndex = start + 1;
      onHit(key, start);
    }
  };

  return {
    keyOf: (literal) => keys.get(literal.toLowerCase()) ?? literal.toLowerCase(),
    forEachHit(text, onHit, lowercase = text.toLowerCase()) {
      // Searching the lowercased text case-sensitively is faster than searching without case, and
      // gives the same hits while lowercasing keeps them in place.
      if (lowercaseKeepsHits(text, lowercase)) scan(lowercase, exactCase, onHit);
      else scan(text, anyCase, onHit);
    },
  };
}

/** The lines of one text that hold given literals. */
export interface LiteralLines {
  /** Offset of the first character of every line; lines end at "\n". */
  readonly lineStarts: ArrayLike<number>;
  /** The lines holding `literal` (one the finder was made for), ascending, each once. */
  linesOf(literal: string): readonly number[];
}

/** Offsets where the lines of `text` start: counted first, so the array is made once at its size. */
export function lineStartsOf(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/** A finder of the lines that hold each of `literals`; `lowercase` is the text lowercased, if the caller has it. */
export function literalLineFinder(literals: readonly string[]): (text: string, lowercase?: string) => LiteralLines {
  const search = literalSearch(literals);
  return (text, lowercase) => {
    const lineStarts = lineStartsOf(text);
    const found = new Map<string, number[]>();
    let line = 0;
    search.forEachHit(
      text,
      (key, offset) => {
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
        let lines = found.get(key);
        if (!lines) found.set(key, (lines = []));
        if (lines[lines.length - 1] !== line) lines.push(line);
      },
      lowercase,
    );
    return { lineStarts, linesOf: (literal) => found.get(search.keyOf(literal)) ?? [] };
  };
}
