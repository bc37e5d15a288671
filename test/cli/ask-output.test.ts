import { readable } from '../../src/cli/commands/ask';
import { replyBlocksText } from '../../src/engine/reply-blocks';
import { ackReply } from '../../src/engine/replies';
import { richSection } from '../support/rich-section';

describe('kb ask output', () => {
  it('writes a section in the author\'s order: a linked article, steps with their own code and sub-list, a note, the list resumed at 4', () => {
    expect(replyBlocksText(richSection())).toBe(
      [
        'For other 5xx errors, see How do I fix 502 errors? <https://kb.example.com/kb/fix-502-errors> first.',
        '1. Open the Lambda console.',
        '2. Return a wildcard (*/*) resource, then run the following command:',
        '       $ aws lambda get-policy --function-name my_fn',
        '3. Check the policy:',
        '   - Effect is Allow',
        '   - Resource ends with /*/*',
        'Note: The cache keeps the old policy until its TTL ends.',
        '4. Redeploy the API.',
      ].join('\n'),
    );
  });

  it('shows a long reply up to a screen, and says how to see the rest', () => {
    const long = ackReply(Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n'));
    const shown = readable(long, null, 1.5);
    expect(shown.split('\n')).toHaveLength(63);
    expect(shown).toContain('line 59\n… 40 more lines: show more with --all\n');
    expect(readable(long, null, 1.5, true)).toContain('line 99\n');
  });
});
