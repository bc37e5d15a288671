import { toReplyBlocks } from '../../src/engine/reply-blocks';
import { servedSection } from '../../src/engine/serve-section';
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import type { Article, Section } from '../../src/knowledge/model';
import { withPublicLinks } from '../../src/reply/public-links';
import { shippedEngine } from './engine-fixture';

function section(id: string, level: 2 | 3, blocks: Section['blocks']): Section {
  return { id, heading: id, level, blocks, errors: [] };
}

function article(sections: Section[]): Article {
  return { id: 'a', title: 'A', displayTitle: 'A', question: 'A?', updated: '2024-01-01', summary: '', tags: [], variants: [], sections, related: [], sources: [], file: 'a.md' };
}

describe('the section an answer shows', () => {
  it('never serves an empty section: the next section with text stands in', () => {
    const empty = section('client-errors', 3, []);
    const next = section('curl-6', 3, [{ kind: 'paragraph', text: 'Check the DNS record.' }]);
    expect(servedSection(article([section('resolution', 2, [{ kind: 'paragraph', text: 'Intro.' }]), empty, next]), empty)).toBe(next);
  });

  it('answers a parent that only routes with its sub-sections\' content, each under its heading', () => {
    const { engine } = shippedEngine();
    const { reply } = engine.act(ACTION_IDS.otherCauses, encodeActionValue({ articleId: 'delete-an-amazon-vpc-link-for-an-amazon-gateway-rest-api', sectionId: 'resolution' }));
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.kind))).toEqual(['paragraph', '# Deployed REST APIs', 'paragraph', '# Undeployed REST APIs', 'paragraph']);
    expect(reply.otherCauses).toEqual([]);
  });
});

describe('reply blocks', () => {
  it('nests the code a step introduces under it and keeps counting when the list resumes', () => {
    const blocks = toReplyBlocks([
      { kind: 'steps', items: ['Open the console.', 'Run the following command:'] },
      { kind: 'code', lang: 'shell', code: 'aws x' },
      { kind: 'steps', items: ['Check the output.'], start: 3 },
      { kind: 'paragraph', text: 'Note: It takes a minute.' },
    ]);
    expect(blocks).toEqual([
      {
        kind: 'steps',
        start: 1,
        items: [
          { text: 'Open the console.', blocks: [] },
          { text: 'Run the following command:', blocks: [{ kind: 'code', lang: 'shell', code: 'aws x' }] },
          { text: 'Check the output.', blocks: [] },
        ],
      },
      { kind: 'note', label: 'Note', text: 'It takes a minute.' },
    ]);
  });

  it('turns a sentence naming another article of the knowledge base into a link, with its page when the address is known', () => {
    const { engine } = shippedEngine();
    const { reply } = engine.act(ACTION_IDS.otherCauses, encodeActionValue({ articleId: 'resolve-http-403-forbidden-errors-when-invoking-api-gateway-with-an-iam-cross-account', sectionId: 'http-apis' }));
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    const named = { text: 'How can I provide cross-account IAM authorization for API Gateway HTTP APIs?', articleId: 'provide-cross-account-iam-authorization-for-api-gateway-http-apis' };
    expect(JSON.stringify(reply.blocks)).toContain(JSON.stringify([named]));
    const answer = withPublicLinks(reply, 'https://kb.example.com/');
    if (answer.kind !== 'answer') throw new Error(answer.kind);
    expect(answer.article.url).toBe('https://kb.example.com/kb/resolve-http-403-forbidden-errors-when-invoking-api-gateway-with-an-iam-cross-account');
    expect(JSON.stringify(answer.blocks)).toContain(JSON.stringify([{ ...named, url: `https://kb.example.com/kb/${named.articleId}` }]));
  });
});
