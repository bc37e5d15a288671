import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../src/engine';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { evaluateOne, parseQueries, score } from '../../src/tune/eval-set';

// The bar a knowledge base in a domain the engine was never fitted on is held to.
const BAR = { top1: 0.85, none_ok: 0.8, false_none: 0.08 };
// PostgreSQL: neither `kb tune` nor any rule has seen these articles or messages (kb-postgres/README.md).
const folder = path.join(__dirname, 'kb-postgres');

describe('a knowledge base in a third domain, never fitted on, with no kb.yml and no code change', () => {
  const { articles, problems } = loadKnowledgeSync(path.join(folder, 'articles'));
  const engine = createEngine(articles);
  const { queries, errors } = parseQueries(fs.readFileSync(path.join(folder, 'messages.jsonl'), 'utf8'));
  const summary = score(queries, queries.map((q) => evaluateOne(engine, q)));

  it('loads every article and reads every message', () => {
    expect(problems).toEqual([]);
    expect(fs.existsSync(path.join(folder, 'articles', 'kb.yml'))).toBe(false);
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(errors).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(80);
  });

  it('answers with the right article as often as the bar asks', () => {
    expect(summary.top1).toBeGreaterThanOrEqual(BAR.top1);
  });

  it('rarely turns away a message it has an article for', () => {
    expect(summary.false_none).toBeLessThanOrEqual(BAR.false_none);
  });

  // Known gap (docs/matching.md): errors of a neighbouring product or an uncovered cause are answered too often.
  it.failing('says none to messages no article covers as often as the bar asks', () => {
    expect(summary.none_ok).toBeGreaterThanOrEqual(BAR.none_ok);
  });
});
