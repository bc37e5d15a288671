import { answerSection } from '../../src/engine/answer-section';
import { toReplyBlocks } from '../../src/engine/reply-blocks';
import type { RankedArticle, RankedSection } from '../../src/search';
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

describe('the section that stands for a ranked article', () => {
  const ranked = (sectionId: string, score: number, error: number): RankedSection =>
    ({ articleId: 'a', sectionId, score, error, matchedError: error > 0 ? sectionId : null } as RankedSection);
  const standing = (...sections: RankedSection[]): RankedArticle => ({ articleId: 'a', score: sections[0].score, probability: 0.5, best: sections[0], sections, namesStatus: false });

  it('is the best-scored section, unless another quotes an error string nearly whole and it does not', () => {
    const prefix = ranked('output-mapping', 1.9, 0.35);
    expect(answerSection(standing(prefix, ranked('permissions', 1.3, 0.94)), 0.6).sectionId).toBe('permissions');
    expect(answerSection(standing(prefix, ranked('permissions', 1.3, 0.5)), 0.6).sectionId).toBe('output-mapping');
    expect(answerSection(standing(ranked('whole', 1.9, 0.8), ranked('wholer', 1.3, 0.94)), 0.6).sectionId).toBe('wholer');
    expect(answerSection(standing(ranked('only', 0.4, 0)), 0.6).sectionId).toBe('only');
  });

  it('answers a paste with the section whose error string it quotes, not the one sharing its log prefix', () => {
    const { engine } = shippedEngine();
    const { reply } = engine.respond('Thu Apr 04 11:11:11 UTC 2024 : Execution failed due to configuration error: Invalid permissions on Lambda function\nMethod completed with status: 500');
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.section.id).toBe('lambda-function-permissions');
    expect(reply.matched).toBe('Invalid permissions on Lambda function');
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
