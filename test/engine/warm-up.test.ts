import { createEngine } from '../../src/engine';
import { warmUp, warmUpMessages } from '../../src/engine/warm-up';
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
