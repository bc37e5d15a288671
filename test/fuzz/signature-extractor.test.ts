import { createHash } from 'crypto';
import { extractSignature } from '../../src/signature';
import { redactSecrets } from '../../src/security/redact';
import { cpuStopwatch, HANG_BOUND_MS, hostileMessages } from './hostile-messages';

function timed<T>(run: () => T): { value: T; ms: number } {
  const elapsed = cpuStopwatch();
  const value = run();
  return { value, ms: elapsed() };
}

describe('extractSignature under fuzzing', () => {
  const messages = hostileMessages(0x5eed_0001, 3_000);

  it('returns a well-formed signature for every message, in bounded time, without throwing', () => {
    const slow: string[] = [];
    for (const message of messages) {
      const { value: signature, ms } = timed(() => extractSignature(message.text));
      if (ms > HANG_BOUND_MS) slow.push(`${message.kind}: ${ms.toFixed(0)} ms (${message.text.length} chars)`);
      expect(typeof signature.query).toBe('string');
      expect(typeof signature.display).toBe('string');
      expect(Array.isArray(signature.messages)).toBe(true);
      expect(Array.isArray(signature.types)).toBe(true);
      expect(signature.statuses.every((s) => Number.isInteger(s))).toBe(true);
      expect(typeof signature.isError).toBe('boolean');
    }
    expect(slow).toEqual([]);
  });

  it('redacts every message in bounded time, never growing it beyond placeholders', async () => {
    const slow: string[] = [];
    for (const message of messages) {
      const elapsed = cpuStopwatch();
      const result = await redactSecrets(message.text);
      const ms = elapsed();
      if (ms > HANG_BOUND_MS) slow.push(`${message.kind}: ${ms.toFixed(0)} ms (${message.text.length} chars)`);
      const placeholders = result.findings.reduce((n, f) => n + f.count, 0);
      expect(result.text.length).toBeLessThanOrEqual(message.text.length + placeholders * 40);
    }
    expect(slow).toEqual([]);
  });

  it('is deterministic: the same seed gives the same messages', () => {
    const digest = (texts: string[]): string => createHash('sha256').update(texts.join('\u0000')).digest('hex');
    const again = hostileMessages(0x5eed_0001, 50).slice(0, 50).map((m) => m.text);
    expect(digest(again)).toBe(digest(messages.slice(0, 50).map((m) => m.text)));
  });
});
