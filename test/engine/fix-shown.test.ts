import fs from 'node:fs';
import path from 'node:path';
import type { Reply } from '../../src/reply/model';
import { createEngine } from '../../src/engine';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { shippedEngine } from './engine-fixture';

// Does an answer show the fix, not only name the right article? Each line of fix-set-*.jsonl (and
// kb-postgres/fix-lines.jsonl) lists
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

function readLines(file: string): FixLine[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FixLine);
}

const realistic = path.join(__dirname, 'realistic-messages');
const postgres = path.join(__dirname, 'kb-postgres');

// The shipped knowledge base's articles each hold one fix per section; the PostgreSQL runbooks put
// how to look before what to change, and an answer shows the fix less often there.
describe.each([
  { kb: 'the shipped knowledge base', engine: () => shippedEngine().engine, files: [path.join(realistic, 'fix-set-2.jsonl'), path.join(realistic, 'fix-set-3.jsonl')], minLines: 60, minRight: 0.9, maxMissing: 0.15 },
  {
    kb: 'the PostgreSQL knowledge base',
    engine: () => createEngine(loadKnowledgeSync(path.join(postgres, 'articles')).articles),
    files: [path.join(postgres, 'fix-lines.jsonl')],
    minLines: 70,
    minRight: 0.85,
    maxMissing: 0.35,
  },
])('answers from $kb show the fix', ({ engine: make, files, minLines, minRight, maxMissing }) => {
  const lines = files.flatMap(readLines);
  const engine = make();
  const results = lines.map((line) => {
    const { reply } = engine.respond(line.text);
    const rightArticle = reply.kind === 'answer' && line.expect.includes(reply.article.title);
    const text = reply.kind === 'answer' ? shown(reply) : '';
    const missing = line.mustShow.filter((group) => !group.some((alt) => text.includes(norm(alt))));
    return { id: line.id, rightArticle, section: reply.kind === 'answer' ? reply.section.id : reply.kind, missing };
  });

  it('reads every line', () => {
    expect(lines.length).toBeGreaterThanOrEqual(minLines);
    for (const line of lines) expect(line.mustShow.length).toBeGreaterThan(0);
  });

  it('shows the fix in most answers on the right article', () => {
    const right = results.filter((r) => r.rightArticle);
    const misses = right.filter((r) => r.missing.length > 0);
    expect(right.length).toBeGreaterThanOrEqual(lines.length * minRight);
    // Misses name the section served, to read against the line's `sections`.
    expect(misses.length <= right.length * maxMissing ? [] : misses).toEqual([]);
  });
});
