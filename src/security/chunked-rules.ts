/**
 * Runs an ordered list of rewriting rules over a text in chunks of whole lines, with the result
 * each rule would have over the whole text in turn: a chunk boundary is kept only while no rule's
 * match can span it (the caller's `mayCross` decides, from the characters either side), and a
 * rule skips the chunks that hold none of its literals. On a 40,000-character paste each rule then
 * reads a few chunks and rewrites a chunk, not the whole text.
 */
import { literalSearch } from './literal-lines';

export interface ChunkRule {
  /** The line of every match of the rule holds one of these (compared without case); none: the rule reads every chunk. */
  literals?: readonly string[];
}

export interface ChunkedRun<R extends ChunkRule> {
  rules: readonly R[];
  /**
   * Every string a rewrite (see ApplyRule) can put in. Each starts and ends with a character no literal has, so a
   * literal a chunk did not hold before a rewrite can only appear inside one of them: a rewritten
   * chunk then need not be searched again.
   */
  inserted: readonly string[];
  /**
   * True when a match of some rule could contain the line break that ends at `leftEnd` in `left`
   * and go on from `rightStart` in `right`. Only characters near the break are read; at the start
   * of `left` or the end of `right` nothing more is known, and the answer must be true.
   */
  mayCross(left: string, leftEnd: number, right: string, rightStart: number): boolean;
  /** A chunk grows line by line to at least this many characters before it may end. */
  minChunkChars: number;
}

/**
 * The chunk after a rule rewrote it (the same string when it found nothing). A rewrite keeps text
 * or puts one of the run's `inserted` strings in place of what it removes.
 */
export type ApplyRule<R> = (rule: R, chunk: string) => string;

interface Chunk {
  text: string;
  /** Where the chunk's row starts in the run's `applies`: applies[row + i] is 1 when rule i has a literal in it (or has no literals). */
  row: number;
  /** Rewritten by the last rule: its edges are looked at again. */
  changed: boolean;
}

/**
 * A function giving the text after every rule of `run`, in order: the same as each rule applied
 * to the whole text in turn (`lowercase` is the text lowercased, if the caller has it). Throws
 * when `run` breaks its contract on `inserted`.
 */
export function chunkedRunner<R extends ChunkRule>(run: ChunkedRun<R>): (text: string, apply: ApplyRule<R>, lowercase?: string) => string {
  const literals = run.rules.flatMap((rule) => rule.literals ?? []);
  const literalChars = new Set(literals.flatMap((l) => [...l.toLowerCase(), ...l.toUpperCase()]));
  for (const piece of run.inserted) {
    if (piece.length === 0 || literalChars.has(piece[0]) || literalChars.has(piece[piece.length - 1])) {
      throw new Error(`inserted text "${piece}" starts or ends with a character of a literal`);
    }
  }
  const search = literals.length > 0 ? literalSearch(literals) : null;
  const rulesOfKey = new Map<string, number[]>();
  run.rules.forEach((rule, i) => {
    for (const key of new Set((rule.literals ?? []).map((l) => search?.keyOf(l) ?? l))) rulesOfKey.set(key, [...(rulesOfKey.get(key) ?? []), i]);
  });
  const alwaysApplies = new Uint8Array(run.rules.map((rule) => (rule.literals && rule.literals.length > 0 ? 0 : 1)));
  const appliesAfterRewrite = alwaysApplies.slice();
  for (const piece of run.inserted) {
    search?.forEachHit(piece, (key) => {
      for (const rule of rulesOfKey.get(key) ?? []) appliesAfterRewrite[rule] = 1;
    });
  }

  /** Offsets where chunks start: after a line break, once a chunk is long enough and no match can span the break. */
  const initialChunkStarts = (text: string): number[] => {
    const starts = [0];
    for (let lineBreak = text.indexOf('\n'); lineBreak >= 0; lineBreak = text.indexOf('\n', lineBreak + 1)) {
      const lineStart = lineBreak + 1;
      if (lineStart - starts[starts.length - 1] < run.minChunkChars || lineStart >= text.length) continue;
      if (!run.mayCross(text, lineStart, text, lineStart)) starts.push(lineStart);
    }
    return starts;
  };

  const ruleCount = run.rules.length;

  /**
   * Joins each chunk a rewrite touched to a neighbour where a match could now span the break
   * between them, in place (a merged chunk keeps the left one's row of `applies`).
   */
  const mergeWhereCrossable = (chunks: Chunk[], applies: Uint8Array): void => {
    let kept = 0;
    for (let i = 1; i < chunks.length; i++) {
      const last = chunks[kept];
      const next = chunks[i];
      if ((last.changed || next.changed) && run.mayCross(last.text, last.text.length, next.text, 0)) {
        // No rule so far could span this break, so each side is what they would have made of it joined.
        for (let r = 0; r < ruleCount; r++) applies[last.row + r] |= applies[next.row + r];
        last.text += next.text;
        last.changed = true;
      } else {
        chunks[++kept] = next;
      }
    }
    chunks.length = kept + 1;
    for (const c of chunks) c.changed = false;
  };

  return (text, apply, lowercase) => {
    const starts = initialChunkStarts(text);
    // One row of rule flags per chunk, in one array rather than one array per chunk.
    const applies = new Uint8Array(starts.length * ruleCount);
    const chunks: Chunk[] = starts.map((start, i) => {
      applies.set(alwaysApplies, i * ruleCount);
      return { text: text.slice(start, i + 1 < starts.length ? starts[i + 1] : text.length), row: i * ruleCount, changed: false };
    });
    let chunk = 0;
    search?.forEachHit(
      text,
      (key, offset) => {
        while (chunk + 1 < starts.length && starts[chunk + 1] <= offset) chunk++;
        for (const rule of rulesOfKey.get(key) ?? []) applies[chunk * ruleCount + rule] = 1;
      },
      lowercase,
    );

    let textChanged = false;
    run.rules.forEach((rule, i) => {
      let anyChanged = false;
      for (const c of chunks) {
        if (!applies[c.row + i]) continue;
        const rewritten = apply(rule, c.text);
        if (rewritten === c.text) continue;
        c.text = rewritten;
        c.changed = anyChanged = true;
        // Literals the rewrite removed still count: that only costs a later rule a needless read.
        for (let r = 0; r < ruleCount; r++) applies[c.row + r] |= appliesAfterRewrite[r];
      }
      if (anyChanged) mergeWhereCrossable(chunks, applies);
      textChanged ||= anyChanged;
    });
    // Unchanged: the text itself, not a copy of it joined from its chunks.
    if (!textChanged) return text;
    return chunks.length === 1 ? chunks[0].text : chunks.map((c) => c.text).join('');
  };
}
