/** The one table `npm run bench` prints: a row per measurement, with its target and verdict. */

export interface BenchRow {
  measure: string;
  value: string;
  /** Human-readable target, or '' for a figure reported without one. */
  target: string;
  /** undefined: no target; true/false: PASS/FAIL. */
  pass?: boolean;
}

/** Renders rows as a Markdown table (readable in a terminal and pasteable into the README). */
export function renderTable(rows: readonly BenchRow[]): string {
  const header: [string, string, string, string] = ['Measure', 'Value', 'Target', 'Result'];
  const cells = rows.map((r): [string, string, string, string] => [r.measure, r.value, r.target, r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]): string => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
