import fs from 'node:fs';
import path from 'node:path';
import { evaluateOne, parseQueries, score } from '../../src/tune/eval-set';
import { shippedEngine } from './engine-fixture';

// The bar the hidden set for the shipped knowledge base is held to.
const BAR = { top1: 0.9, none_ok: 0.85, false_none: 0.05 };
const folder = path.join(__dirname, 'realistic-messages');
// set-1 and set-2 are fitted on by `kb tune`; set-3 is held out (never fitted on): only it says how the engine does on messages it has not seen.
const HELD_OUT = 'set-3.jsonl';

describe('the engine on held-out realistic messages, scored like the eval set', () => {
  const { engine } = shippedEngine();
  const { queries, errors } = parseQueries(fs.readFileSync(path.join(folder, HELD_OUT), 'utf8'));
  const summary = score(queries, queries.map((q) => evaluateOne(engine, q)));

  it('reads the set', () => {
    expect(errors).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });

  it('answers with the right article as often as the bar asks', () => {
    expect(summary.top1).toBeGreaterThanOrEqual(BAR.top1);
  });

  it('rarely turns away a message it has an article for', () => {
    expect(summary.false_none).toBeLessThanOrEqual(BAR.false_none);
  });

  // Known gap (docs/matching.md): in-domain errors the knowledge base does not cover are hard to tell from covered ones.
  it.failing('says none to off-topic messages as often as the bar asks', () => {
    expect(summary.none_ok).toBeGreaterThanOrEqual(BAR.none_ok);
  });
});
