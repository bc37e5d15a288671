import { createEngine } from '../../src/engine';
import { warmUp, warmUpGradually, warmUpMessages } from '../../src/engine/warm-up';
import { shippedEngine } from './engine-fixture';

describe('warming the engine up', () => {
  const { articles } = shippedEngine();

  it('builds its messages from the knowledge base alone, bounded', () => {
    const messages = warmUpMessages(articles);
    expect(messages).toContain(articles[0].question);
    expect(messages.some((m) => m.includes('GoneException: 410'))).toBe(true);
    expect(messages.length).toBeLessThanOrEqual(600);
  });

  it('changes no answer, only how fast it comes', () => {
    const cold = createEngine(articles);
    const warm = createEngine(articles);
    warmUp(warm, articles);
    const probes = [
      'Access denied. Reason: Could not find issuer for certificate',
      'our API returns HTTP 403',
      'how do I see how many requests a usage plan key made?',
      'npm ERR! code ERESOLVE',
      'Execution failed due to configuration error: Invalid permissions on Lambda function',
    ];
    for (const probe of probes) expect(warm.respond(probe)).toEqual(cold.respond(probe));
  });
});

describe('warming the engine up gradually', () => {
  const { articles } = shippedEngine();

  it('runs the same messages, twice, yielding to the event loop between slices', async () => {
    const engine = createEngine(articles);
    const seen: string[] = [];
    const counting = { ...engine, respond: (text: string) => (seen.push(text), engine.respond(text)) };
    let yields = 0;
    const ticker = setInterval(() => yields++, 0);
    const ran = await warmUpGradually(counting, articles);
    clearInterval(ticker);
    expect(ran).toBe(warmUpMessages(articles).length * 2);
    expect(seen).toEqual([...warmUpMessages(articles), ...warmUpMessages(articles)]);
    expect(yields).toBeGreaterThan(0);
  });

  it('stops at the next slice once asked to', async () => {
    const engine = createEngine(articles);
    let calls = 0;
    const counting = { ...engine, respond: (text: string) => (calls++, engine.respond(text)) };
    const ran = await warmUpGradually(counting, articles, () => calls >= 20);
    expect(ran).toBe(20);
    expect(calls).toBe(20);
  });
});
