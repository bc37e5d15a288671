import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../src/engine';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { evaluateOne, parseQueries, score } from '../../src/tune/eval-set';
import { shippedEngine } from './engine-fixture';

// Everyday chat (chat-messages/README.md): `held-out.jsonl` is never fitted on.
const folder = path.join(__dirname, 'chat-messages');
const { queries, errors } = parseQueries(fs.readFileSync(path.join(folder, 'held-out.jsonl'), 'utf8'));
// Nine in ten chat lines get no article, on any knowledge base.
const BAR = 0.9;

describe('everyday chat that shares a word with an article', () => {
  it('reads the held-out set', () => {
    expect(errors).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(queries.every((q) => q.kind === 'chat')).toBe(true);
  });

  it('gets no article from the shipped knowledge base', () => {
    const { engine } = shippedEngine();
    expect(score(queries, queries.map((q) => evaluateOne(engine, q))).none_ok).toBeGreaterThanOrEqual(BAR);
  });

  it('gets no article from a knowledge base in another domain that no fit has seen', () => {
    const { articles } = loadKnowledgeSync(path.join(__dirname, 'kb-postgres', 'articles'));
    const engine = createEngine(articles);
    expect(score(queries, queries.map((q) => evaluateOne(engine, q))).none_ok).toBeGreaterThanOrEqual(BAR);
  });

  it('is told what the assistant is for, not that an article is missing', () => {
    const { engine } = shippedEngine();
    const result = engine.respond('can someone review my PR when they get a chance?');
    expect(result.outcome).toBe('none');
    expect(result.reply).toMatchObject({ kind: 'none', message: expect.stringMatching(/^I answer .* errors: paste the error/) });
  });

  it('does not stop a short question in words or a bare error string', () => {
    const { engine } = shippedEngine();
    expect(engine.respond('what are the options to lock down who can connect to our websocket api?').outcome).toBe('answer');
    expect(engine.respond('how can I see how many requests one API key made last week?').outcome).toBe('answer');
    expect(engine.respond('Missing Authentication Token').outcome).toBe('answer');
  });
});
