/** Hand-built reply-model fixtures for renderer unit tests (the e2e and limits tests use the real engine). */
import { ACTION_IDS, encodeActionValue } from '../../../src/reply/actions';
import type { AckReply, AnswerReply, ArticleRef, ArticleReply, ClarifyReply, NoneReply } from '../../../src/reply/model';

export const ARTICLE: ArticleRef = {
  id: 'api-gateway-502',
  title: 'API Gateway 502 errors',
  displayTitle: 'API Gateway 502 errors',
  question: 'How do I fix a 502 from my REST API?',
  updated: '2024-05-01',
  source: 'AWS Knowledge Center',
  variants: ['REST'],
};

export const OTHER: ArticleRef = { ...ARTICLE, id: 'lambda-timeout', title: 'Lambda timeouts', displayTitle: 'Lambda timeouts', question: 'Why does my integration time out?' };

export function answerFixture(overrides: Partial<AnswerReply> = {}): AnswerReply {
  return {
    kind: 'answer',
    article: ARTICLE,
    section: { id: 'malformed-response', heading: 'Malformed Lambda proxy response' },
    cause: 'The Lambda function returned a body that is not a string.',
    blocks: [
      {
        kind: 'steps',
        start: 1,
        items: [
          { text: 'Open the function.', blocks: [] },
          { text: 'Return body as a string: JSON.stringify(body).', blocks: [] },
        ],
      },
      { kind: 'code', lang: 'shell', code: 'aws logs tail /aws/lambda/fn' },
    ],
    otherCauses: [{ sectionId: 'timeout', heading: 'Integration timeout' }],
    related: [OTHER],
    confidence: 'high',
    matched: 'Malformed Lambda proxy response',
    notices: [],
    actions: [
      { id: ACTION_IDS.solved, label: '✅ Solved', value: encodeActionValue({ articleId: ARTICLE.id, sectionId: 'malformed-response' }), style: 'primary' },
      { id: ACTION_IDS.notIt, label: '👎 Not it', value: encodeActionValue({ articleId: ARTICLE.id, sectionId: 'malformed-response' }) },
      { id: ACTION_IDS.fullArticle, label: 'Full article', value: encodeActionValue({ articleId: ARTICLE.id }) },
      {
        id: ACTION_IDS.otherCauses,
        label: 'Other causes',
        value: '',
        options: [{ label: 'Integration timeout', value: encodeActionValue({ articleId: ARTICLE.id, sectionId: 'timeout' }) }],
      },
    ],
    text: 'API Gateway 502 errors: The Lambda function returned a body that is not a string.',
    ...overrides,
  };
}

export function clarifyFixture(): ClarifyReply {
  return {
    kind: 'clarify',
    prompt: 'Which of these is it?',
    candidates: [
      { article: ARTICLE, sectionId: 'malformed-response', label: 'A 502 with "Malformed Lambda proxy response"' },
      { article: OTHER, sectionId: 'timeout', label: 'A 504 after 29 seconds' },
    ],
    matched: '502',
    notices: [],
    actions: [],
    text: 'Which of these is it?',
  };
}

export function noneFixture(): NoneReply {
  return { kind: 'none', message: "I don't have an article for this.", closest: [OTHER], matched: null, notices: [], actions: [], text: "I don't have an article for this." };
}

export function ackFixture(message = 'Glad that fixed it.'): AckReply {
  return { kind: 'ack', message, matched: null, notices: [], actions: [], text: message };
}

export function articleFixture(sectionCount: number, paragraphLength = 200): ArticleReply {
  return {
    kind: 'article',
    article: ARTICLE,
    summary: 'My API returns 502.',
    sections: Array.from({ length: sectionCount }, (_, i) => ({
      id: `s${i}`,
      heading: `Section ${i}`,
      level: 2 as const,
      blocks: [
        { kind: 'paragraph' as const, text: `Paragraph ${i} `.padEnd(paragraphLength, 'x') },
        { kind: 'steps' as const, start: 1, items: [{ text: 'First', blocks: [] }, { text: 'Second', blocks: [] }] },
        { kind: 'code' as const, lang: 'shell' as const, code: `echo ${i}` },
      ],
    })),
    related: [],
    matched: null,
    notices: [],
    actions: [{ id: ACTION_IDS.solved, label: '✅ Solved', value: encodeActionValue({ articleId: ARTICLE.id }) }],
    text: 'API Gateway 502 errors',
  };
}
