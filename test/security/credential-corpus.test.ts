/** The corpus through the redactor alone: every secret out, every clean paste untouched. */
import { redactSecrets } from '../../src/security/redact';
import { CLEAN_PASTES, CORPUS_SAMPLES } from './credential-samples';

describe('the credential corpus', () => {
  it('holds at least 100 secret-bearing pastes and 50 clean ones', () => {
    expect(CORPUS_SAMPLES.length).toBeGreaterThanOrEqual(100);
    expect(CLEAN_PASTES.length).toBe(50);
  });

  it('removes every secret of every paste and reports a finding for each paste', async () => {
    const leaks: string[] = [];
    for (const sample of CORPUS_SAMPLES) {
      const { text, findings } = await redactSecrets(sample.text);
      for (const secret of sample.secrets) if (text.includes(secret)) leaks.push(`${sample.name}: ${text}`);
      if (findings.length === 0) leaks.push(`${sample.name}: no finding`);
    }
    expect(leaks).toEqual([]);
  });

  it('redacts nothing in a clean paste', async () => {
    const changed: string[] = [];
    for (const text of CLEAN_PASTES) {
      const result = await redactSecrets(text);
      if (result.text !== text || result.findings.length > 0) changed.push(result.text);
    }
    expect(changed).toEqual([]);
  });
});
