import fs from 'node:fs';
import path from 'node:path';
import type { Reply } from '../../src/reply/model';
import { shippedEngine } from './engine-fixture';

// Does an answer show the fix, not only name the right article? Each line of fix-set-*.jsonl lists
// what any correct fix for its message must show: every group of `mustShow` needs one of its
// alternatives in the reply (cause, steps, code, section), matched as ../shared/eval/fix-shown.py
// does. The lines were written from the articles alone, without the engine's replies.
interface FixLine {
  id: string;
  text: string;
  expect: string[];
  mustShow: string[][];
}

// What fix-shown.py leaves out of what a reply shows: buttons, links to other articles, the title.
const HIDDEN = new Set(['actions', 'otherCauses', 'related', 'text', 'matched', 'article', 'candidates', 'closest']);
const norm = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

function leaves(value: unknown, out: string[]): string[] {
  if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  else if (value !== null && value !== undefined) out.push(String(value));
  return out;
}

function shown(reply: Reply): string {
  const rest = Object.fromEntries(Object.entries(reply).filter(([key]) => !HIDDEN.has(key)));
  return `${norm(JSON.stringify(rest))}\n${norm(leaves(rest, []).join(' \n '))}`;
}

const folder = path.join(__dirname, 'realistic-messages');
const lines: FixLine[] = ['fix-set-2.jsonl', 'fix-set-3.jsonl'].flatMap((file) =>
  fs.readFileSync(path.join(folder, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FixLine),
);

describe('answers show the fix', () => {
  const { engine } = shippedEngine();
  const results = lines.map((line) => {
    const { reply } = engine.respond(line.text);
    const rightArticle = reply.kind === 'answer' && line.expect.includes(reply.article.title);
    const text = reply.kind === 'answer' ? shown(reply) : '';
    const missing = line.mustShow.filter((group) => !group.some((alt) => text.includes(norm(alt))));
    return { id: line.id, rightArticle, section: reply.kind === 'answer' ? reply.section.id : reply.kind, missing };
  });

  it('reads every line', () => {
    expect(lines.length).toBeGreaterThanOrEqual(60);
    for (const line of lines) expect(line.mustShow.length).toBeGreaterThan(0);
  });

  it('shows the fix in nearly every answer on the right article', () => {
    const right = results.filter((r) => r.rightArticle);
    const misses = right.filter((r) => r.missing.length > 0);
    expect(right.length).toBeGreaterThanOrEqual(lines.length * 0.9);
    // Misses name the section served, to read against the line's `sections`.
    expect(misses.length <= right.length * 0.15 ? [] : misses).toEqual([]);
  });
});
