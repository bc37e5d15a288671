import { shippedEngine } from './engine-fixture';

// Questions wrapped in chatter: most of their words are unknown to the knowledge base, yet several
// distinctive terms of one article make the topic plain. One incidental shared word does not.
const TOPICAL: [string, string][] = [
  ['our on-call got paged: CacheMissCount climbing and latency doubled on the stage cache, bigger cache size?', 'select-amazon-api-gateway-cache-capacity-to-avoid-hitting-a-rate-limit'],
  ['quick one before standup: where do I find the usage plan export for a single API key?', 'identify-api-key-usage-with-api-gateway'],
  ['weekend incident review: the stage had execution logging on but the log group never appeared, what IAM role is needed?', 'troubleshoot-missing-cloudwatch-logs-for-api-gateway-rest-apis'],
];

const INCIDENTAL = ['can you review the runbook draft before lunch?', 'anyone know a good first book on distributed systems?', 'the office wifi keeps dropping, who do I ask?'];

describe('engine.respond on chatty questions', () => {
  const { engine } = shippedEngine();

  it.each(TOPICAL)('answers a question whose distinctive terms name one topic: %s', (text, articleId) => {
    const { reply } = engine.respond(text);
    expect(reply.kind === 'answer' ? reply.article.id : reply.kind).toBe(articleId);
  });

  it.each(INCIDENTAL)('does not answer chat that shares one incidental word: %s', (text) => {
    expect(engine.respond(text).reply.kind).toBe('none');
  });
});
