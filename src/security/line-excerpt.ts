/**
 * Some whole lines of a text, joined in order, with the way back to the text's own offsets. Each
 * line keeps its "\n", so every line of the excerpt starts and ends as it does in the text: a
 * pattern that cannot cross a line break finds the same matches, at mapped-back offsets.
 */
export interface LineExcerpt {
  readonly text: string;
  /** The text offset of `start`, the start of a range that lies within one run of consecutive lines. */
  toTextOffset(start: number): number;
}

/** The excerpt of `text` made of `lines` (ascending line numbers, each once). */
export function excerptOfLines(text: string, lineStarts: ArrayLike<number>, lines: readonly number[]): LineExcerpt {
  const excerptStarts: number[] = [];
  const textStarts: number[] = [];
  let excerpt = '';
  for (let i = 0; i < lines.length; ) {
    // A run of consecutive lines is one slice of the text.
    let last = i;
    while (last + 1 < lines.length && lines[last + 1] === lines[last] + 1) last++;
    const from = lineStarts[lines[i]];
    const to = lines[last] + 1 < lineStarts.length ? lineStarts[lines[last] + 1] : text.length;
    excerptStarts.push(excerpt.length);
    textStarts.push(from);
    excerpt += text.slice(from, to);
    i = last + 1;
  }
  return {
    text: excerpt,
    toTextOffset(start) {
      let lo = 0;
      let hi = excerptStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (excerptStarts[mid] <= start) lo = mid;
        else hi = mid - 1;
      }
      return textStarts[lo] + (start - excerptStarts[lo]);
    },
  };
}
