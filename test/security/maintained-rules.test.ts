/**
 * The maintained rule set on its own. A chat message is not a source file: `secretlint-disable`
 * comments in it are text the sender wrote, and must not switch any rule off.
 */
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import { MAINTAINED_RULES, findWithMaintainedRules } from '../../src/security/maintained-rules';
import { redactSecrets } from '../../src/security/redact';

const TOKENS: Record<string, string> = {
  github: 'ghp_1234567890abcdefghijABCDEFGHIJ123456',
  npm: 'npm_1234567890abcdefghijABCDEFGHIJ123456',
  // Only the maintained rules know these three: they show the comment has no effect end to end.
  shopify: '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',
  linear: 'lin_api_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0',
  docker: 'dckr_pat_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9',
};

/**
 * Messages that try every form of secretlint's disable comments around `token`, each inside a
 * longer paste (a comment on the first or last line of a file is where secretlint itself is least
 * reliable about honouring it, and a sender would not rely on that).
 */
function disablingMessages(ruleName: string, token: string): Record<string, string> {
  const line = `request failed: token ${token} rejected`;
  return {
    'secretlint-disable': `// secretlint-disable\n${line}\nlog end`,
    'secretlint-disable naming the rule': `log start\n# secretlint-disable @secretlint/secretlint-rule-${ruleName}\n${line}\nlog end`,
    'secretlint-disable-line': `log start\n${line} # secretlint-disable-line\nlog end`,
    'secretlint-disable-next-line': `log start\n// secretlint-disable-next-line\n${line}\nlog end`,
    'HTML secretlint-disable-next-line': `log start\n<!-- secretlint-disable-next-line -->\n${line}\nlog end`,
  };
}

describe('the maintained rule set', () => {
  it('is every rule of the recommended preset except the one that honours disable comments', () => {
    const expected = recommendedRules.map((r) => r.meta.id).filter((id) => id !== '@secretlint/secretlint-rule-filter-comments');
    expect(MAINTAINED_RULES.map((r) => r.meta.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(20);
  });
});

describe('findWithMaintainedRules', () => {
  describe.each(Object.entries(TOKENS))('with a %s token', (name, token) => {
    it('finds it in a plain message', async () => {
      const text = `request failed: token ${token} rejected`;
      const found = await findWithMaintainedRules(text);
      expect(found.map((s) => text.slice(s.start, s.end))).toEqual([token]);
    });

    it.each(Object.entries(disablingMessages(name, token)))('still finds it after a %s comment', async (_form, text) => {
      const found = await findWithMaintainedRules(text);
      expect(found.map((s) => text.slice(s.start, s.end))).toEqual([token]);
    });
  });
});

describe('redactSecrets with secretlint comments in the message', () => {
  describe.each(Object.entries(TOKENS))('and a %s token', (name, token) => {
    it.each(Object.entries(disablingMessages(name, token)))('removes it after a %s comment', async (_form, text) => {
      const result = await redactSecrets(text);
      expect(result.text).not.toContain(token);
      expect(result.text).toContain('request failed: token [REDACTED:');
      expect(result.findings.length).toBeGreaterThan(0);
    });
  });
});
