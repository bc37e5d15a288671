import fs from 'node:fs';
import path from 'node:path';
import { evaluateOne, parseQueries, score } from '../../src/tune/eval-set';
import { shippedEngine } from './engine-fixture';

// The bar the hidden set is held to (issue 3), on messages the engine was not tuned on one by one.
const BAR = { top1: 0.9, none_ok: 0.9, false_none: 0.05 };
const folder = path.join(__dirname, 'realistic-messages');
const sets = fs.readdirSync(folder).filter((name) => name.endsWith('.jsonl'));

describe('the engine on realistic messages, scored like the eval set', () => {
  const { engine } = shippedEngine();

  it('has the sets to score', () => {
    expect(sets.length).toBeGreaterThanOrEqual(3);
  });

  it.each(sets)('%s stays above the bar', (name) => {
    const { queries, errors } = parseQueries(fs.readFileSync(path.join(folder, name), 'utf8'));
    expect(errors).toEqual([]);
    const summary = score(queries, queries.map((q) => evaluateOne(engine, q)));
    expect(summary.top1).toBeGreaterThanOrEqual(BAR.top1);
    expect(summary.none_ok).toBeGreaterThanOrEqual(BAR.none_ok);
    expect(summary.false_none).toBeLessThanOrEqual(BAR.false_none);
  });
});
