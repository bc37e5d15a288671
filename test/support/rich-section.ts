/**
 * One section's reply blocks with everything a renderer must keep in order: a paragraph naming
 * another article (linked), steps with their own code, a note, a sub-list, and a numbered list
 * that resumes at 3 after the code block.
 */
import type { ReplyBlock } from '../../src/reply/model';

export const LINKED_ARTICLE_URL = 'https://kb.example.com/kb/fix-502-errors';

export function richSection(): ReplyBlock[] {
  return [
    {
      kind: 'paragraph',
      text: 'For other 5xx errors, see How do I fix 502 errors? first.',
      links: [{ text: 'How do I fix 502 errors?', articleId: 'fix-502-errors', url: LINKED_ARTICLE_URL }],
    },
    {
      kind: 'steps',
      start: 1,
      items: [
        { text: 'Open the Lambda console.', blocks: [] },
        {
          text: 'Return a wildcard (*/*) resource, then run the following command:',
          blocks: [{ kind: 'code', lang: 'shell', code: '$ aws lambda get-policy --function-name my_fn' }],
        },
        { text: 'Check the policy:', blocks: [{ kind: 'bullets', items: [{ text: 'Effect is Allow', blocks: [] }, { text: 'Resource ends with /*/*', blocks: [] }] }] },
      ],
    },
    { kind: 'note', label: 'Note', text: 'The cache keeps the old policy until its TTL ends.' },
    { kind: 'steps', start: 4, items: [{ text: 'Redeploy the API.', blocks: [] }] },
  ];
}
