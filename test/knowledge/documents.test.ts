import { knowledgeFingerprint, toSectionDocuments } from '../../src/knowledge/documents';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { ARTICLES_DIR } from './fixtures';

const { articles } = loadKnowledgeSync(ARTICLES_DIR);

describe('toSectionDocuments', () => {
  const docs = toSectionDocuments(articles);

  it('makes one document per section with unique ids', () => {
    expect(docs).toHaveLength(articles.reduce((n, a) => n + a.sections.length, 0));
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it("carries the article's title, question and tags and the section's errors and text", () => {
    const doc = docs.find((d) => d.errors.includes('GoneException: 410'))!;
    expect(doc.id).toBe(`${doc.articleId}#resolution`);
    expect(doc.title).toBe('Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs');
    expect(doc.question).toMatch(/^How can I troubleshoot 410 GoneException/);
    expect(doc.tags.split(' ')).toContain('websocket');
    expect(doc.errors.split('\n')).toEqual(['410 GoneException', 'GoneException: 410']);
    expect(doc.body).toContain('1. Create a child Lambda function');
  });

  it('puts code in the body verbatim', () => {
    const doc = docs.find((d) => d.body.includes('aws apigateway put-integration'))!;
    expect(doc.body).toContain('aws apigateway put-integration \\\n    --rest-api-id id \\');
  });
});

describe('knowledgeFingerprint', () => {
  it('is stable, ignores order and file paths, and changes with content', () => {
    const first = knowledgeFingerprint(articles);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(knowledgeFingerprint([...articles].reverse().map((a) => ({ ...a, file: `elsewhere/${a.id}.md` })))).toBe(first);
    const edited = articles.map((a, i) => (i === 0 ? { ...a, summary: `${a.summary} (edited)` } : a));
    expect(knowledgeFingerprint(edited)).not.toBe(first);
  });
});
