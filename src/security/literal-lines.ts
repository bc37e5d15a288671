/**
 * Which lines of a text hold which literals, found in one pass over the text (one regular
 * expression for all the literals) rather than one search per literal.
 */

/** The lines of one text that hold given literals. */
export interface LiteralLines {
  /** Offset of the first character of every line; lines end at "\n". */
  readonly lineStarts: readonly number[];
  /** The lines holding `literal` (one the finder was made for), ascending, each once. */
  linesOf(literal: string): readonly number[];
}

function escapeForRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Offsets where the lines of `text` start. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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
 * A finder for `literals`, compared without regard to case. A literal that starts with another
 * one is looked for as that shorter one (its lines are then a superset of its own): an
 * alternation reports one literal per position, and this way it never hides another.
 */
export function literalLineFinder(literals: readonly string[]): (text: string) => LiteralLines {
  const lowered = [...new Set(literals.map((l) => l.toLowerCase()))];
  const shortestPrefix = (literal: string): string =>
    lowered.filter((other) => literal.startsWith(other)).reduce((a, b) => (b.length < a.length ? b : a));
  const searchedAs = new Map(lowered.map((l) => [l, shortestPrefix(l)]));
  const searched = [...new Set(searchedAs.values())];
  const alternation = factoredAlternation(searched);
  const exactCase = new RegExp(alternation, 'g');
  const anyCase = new RegExp(alternation, 'gi');

  /** Where the literals are in `searched` (`text`, or its lowercase when `pattern` is exact-case), or null when a hit is not one in `text`. */
  const scan = (text: string, searched: string, pattern: RegExp, lineStarts: readonly number[]): Map<string, number[]> | null => {
    const found = new Map<string, number[]>();
    let line = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(searched); m; m = pattern.exec(searched)) {
      const key = m[0].toLowerCase();
      if (searched !== text && text.slice(m.index, m.index + key.length).toLowerCase() !== key) return null;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= m.index) line++;
      let lines = found.get(key);
      if (!lines) found.set(key, (lines = []));
      if (lines[lines.length - 1] !== line) lines.push(line);
      // Literals may overlap ("xoxb-" inside "...xoxb-"): look again from the next character.
      pattern.lastIndex = m.index + 1;
    }
    return found;
  };

  return (text) => {
    const lineStarts = lineStartsOf(text);
    // Searching the lowercased text case-sensitively is faster than searching without case. It
    // is only right while lowercasing keeps every character at its offset (a character such as
    // "\u0130" lowercases to two); every hit is checked against the text, and the search is
    // done again without case if one does not match.
    const found = scan(text, text.toLowerCase(), exactCase, lineStarts) ?? (scan(text, text, anyCase, lineStarts) as Map<string, number[]>);
    return {
      lineStarts,
      linesOf: (literal) => found.get(searchedAs.get(literal.toLowerCase()) ?? '') ?? [],
    };
  };
}
