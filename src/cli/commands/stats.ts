/** `kb stats [DIR]`: articles, sections and error strings per article, as a table. */
import { loadKnowledge } from '../../knowledge/load';
import type { Article } from '../../knowledge/model';
import { knowledgeDirFor } from '../knowledge-paths';

/** One line for `kb help`. */
export const summary = 'count articles, sections, error strings and code blocks per article [DIR]';
export const usage = 'usage: npm run kb -- stats [DIR]';

/** The rows of the table for a set of articles. */
function statsRows(articles: readonly Article[]): { id: string; sections: number; errors: number; code: number; variants: string }[] {
  return articles.map((a) => ({
    id: a.id,
    sections: a.sections.length,
    errors: a.sections.reduce((n, s) => n + s.errors.length, 0),
    code: a.sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'code').length, 0),
    variants: a.variants.join(',') || '-',
  }));
}

/** Prints the table; 1 when articles failed to load (they are listed). */
export async function run(args: string[]): Promise<number> {
  const dir = knowledgeDirFor(args.find((a) => !a.startsWith('-')));
  const { articles, problems } = await loadKnowledge(dir);
  const rows = statsRows(articles);
  const width = Math.min(70, Math.max(7, ...rows.map((r) => r.id.length)));
  const line = (id: string, s: string, e: string, c: string, t: string): string =>
    `${id.length > width ? `${id.slice(0, width - 1)}…` : id.padEnd(width)}  ${s.padStart(8)}  ${e.padStart(6)}  ${c.padStart(4)}  ${t}\n`;
  let out = line('article', 'sections', 'errors', 'code', 'variants');
  for (const r of rows) out += line(r.id, String(r.sections), String(r.errors), String(r.code), r.variants);
  const total = (key: 'sections' | 'errors' | 'code'): string => String(rows.reduce((n, r) => n + r[key], 0));
  out += line(`total: ${rows.length} articles`, total('sections'), total('errors'), total('code'), '');
  process.stdout.write(out);
  for (const p of problems) process.stderr.write(`not loaded: ${p.file}: ${p.field}: ${p.message}\n`);
  return problems.length > 0 ? 1 : 0;
}
