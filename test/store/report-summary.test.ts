import { normalizeSignature, summarizeRecords } from '../../src/store/report-summary';
import type { AnswerRecord, EscalationRecord, FeedbackRecord, UnansweredRecord } from '../../src/store/types';

const none = (signature: string, text: string, at: string): UnansweredRecord => ({ at, channel: 'web', threadId: 'web:1', reason: 'none', signature, text });
const notIt = (signature: string, articleId: string, at: string): UnansweredRecord => ({ at, channel: 'slack', threadId: 's', reason: 'not-it', signature, text: signature, articleId });
const vote = (articleId: string, helpful: boolean): FeedbackRecord => ({ at: '2025-01-01T00:00:00.000Z', channel: 'teams', threadId: 't', articleId, sectionId: 's', helpful, signature: 'x' });
const answered = (outcome: AnswerRecord['outcome'], articleId?: string): AnswerRecord => ({ at: '2025-01-01T00:00:00.000Z', channel: 'web', outcome, articleId });

describe('normalizeSignature', () => {
  it('groups signatures differing only in case, spacing, ids and long numbers', () => {
    expect(normalizeSignature('  Throttling  Exception requestId 8f14e45f-ceea-467f-a8b1-1c2d3e4f5a6b ')).toBe(normalizeSignature('throttling exception requestid 11111111-2222-3333-4444-555555555555'));
    expect(normalizeSignature('account 123456789012 denied.')).toBe('account <n> denied');
  });

  it('names an empty signature instead of printing nothing', () => {
    expect(normalizeSignature('   ')).toBe('(empty)');
  });
});

describe('summarizeRecords', () => {
  it('groups unanswered and "not it" questions by signature, most frequent first, with rejected articles', () => {
    const report = summarizeRecords({
      unanswered: [
        none('kafka consumer lag', 'kafka consumer lag on topic x', '2025-01-01T00:00:01.000Z'),
        notIt('504 endpoint request timed out', 'a-5xx', '2025-01-01T00:00:02.000Z'),
        notIt('504  Endpoint request timed out', 'a-5xx', '2025-01-01T00:00:03.000Z'),
        none('504 endpoint request timed out', 'HTTP 504 Endpoint request timed out', '2025-01-01T00:00:04.000Z'),
      ],
      feedback: [],
      answers: [],
    });
    expect(report.unanswered).toEqual([
      { signature: '504 endpoint request timed out', count: 3, none: 1, notIt: 2, example: 'HTTP 504 Endpoint request timed out', rejected: [{ articleId: 'a-5xx', count: 2 }], lastAt: '2025-01-01T00:00:04.000Z' },
      { signature: 'kafka consumer lag', count: 1, none: 1, notIt: 0, example: 'kafka consumer lag on topic x', rejected: [], lastAt: '2025-01-01T00:00:01.000Z' },
    ]);
  });

  it('counts helpful and not helpful per article, and the most-matched articles', () => {
    const report = summarizeRecords({
      unanswered: [],
      feedback: [vote('a', true), vote('a', false), vote('a', true), vote('b', false)],
      answers: [answered('answer', 'b'), answered('answer', 'a'), answered('answer', 'b'), answered('clarify'), answered('none')],
    });
    expect(report.feedback).toEqual([
      { articleId: 'a', helpful: 2, notHelpful: 1, typed: 0 },
      { articleId: 'b', helpful: 0, notHelpful: 1, typed: 0 },
    ]);
    expect(report.mostMatched).toEqual([
      { articleId: 'b', count: 2 },
      { articleId: 'a', count: 1 },
    ]);
    expect(report.totals).toEqual({ answer: 3, clarify: 1, none: 1, helpful: 2, notHelpful: 2, typed: 0, escalations: { open: 0, taken: 0, resolved: 0 } });
  });

  it('counts typed feedback together with clicks, and says how much was typed', () => {
    const report = summarizeRecords({ unanswered: [], feedback: [vote('a', true), { ...vote('a', true), via: 'typed' }, { ...vote('a', false), via: 'typed' }, { ...vote('b', true), via: 'button' }], answers: [] });
    expect(report.feedback).toEqual([
      { articleId: 'a', helpful: 2, notHelpful: 1, typed: 2 },
      { articleId: 'b', helpful: 1, notHelpful: 0, typed: 0 },
    ]);
    expect(report.totals).toMatchObject({ helpful: 3, notHelpful: 1, typed: 2 });
  });

  it('counts escalations by state per article shown, most first, and those with no article apart', () => {
    const esc = (id: string, state: EscalationRecord['state'], articleId?: string): EscalationRecord => ({
      id,
      at: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      channel: 'slack',
      threadId: `slack:C1:${id}`,
      state,
      question: 'q',
      ...(articleId ? { articleId, sectionId: 's' } : {}),
    });
    const report = summarizeRecords({ unanswered: [], feedback: [], answers: [], escalations: [esc('1', 'open', 'a'), esc('2', 'taken', 'a'), esc('3', 'resolved', 'a'), esc('4', 'resolved', 'b'), esc('5', 'open')] });
    expect(report.escalations).toEqual([
      { articleId: 'a', open: 1, taken: 1, resolved: 1 },
      { articleId: null, open: 1, taken: 0, resolved: 0 },
      { articleId: 'b', open: 0, taken: 0, resolved: 1 },
    ]);
    expect(report.totals.escalations).toEqual({ open: 2, taken: 1, resolved: 2 });
  });
});
