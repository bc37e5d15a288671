import { isActive, openEscalation, resolveEscalation, takeEscalation, withExpertThread } from '../../src/escalation/records';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-01T00:01:00.000Z';
const opened = () => openEscalation({ id: 'esc-0123456789abcdef', at: T0, channel: 'slack', threadId: 'slack:C1:1.1', question: 'GoneException: 410', shown: { articleId: 'a', sectionId: 's' } });

describe('escalation records', () => {
  it('opens with what was shown and the question, cut to 500 characters', () => {
    expect(opened()).toEqual({ id: 'esc-0123456789abcdef', at: T0, updatedAt: T0, channel: 'slack', threadId: 'slack:C1:1.1', state: 'open', articleId: 'a', sectionId: 's', question: 'GoneException: 410' });
    expect(openEscalation({ id: 'esc-x', at: T0, channel: 'web', threadId: 'web:t', question: 'x'.repeat(900) }).question).toHaveLength(500);
  });

  it('goes open -> taken -> resolved, stamping each change', () => {
    const taken = takeEscalation(opened(), 'U0EXPERT', T1);
    expect(taken).toEqual({ ok: true, changed: true, record: expect.objectContaining({ state: 'taken', takenBy: 'U0EXPERT', updatedAt: T1 }) });
    const resolved = resolveEscalation(taken.record, T1);
    expect(resolved).toEqual({ ok: true, changed: true, record: expect.objectContaining({ state: 'resolved', takenBy: 'U0EXPERT' }) });
    expect(isActive(taken.record)).toBe(true);
    expect(isActive(resolved.record)).toBe(false);
  });

  it('can be resolved without being taken', () => {
    expect(resolveEscalation(opened(), T1)).toMatchObject({ ok: true, record: { state: 'resolved' } });
  });

  it('refuses a second expert, lets the same one take it again, and refuses changes once resolved', () => {
    const taken = takeEscalation(opened(), 'U0EXPERT', T1).record;
    expect(takeEscalation(taken, 'U0OTHER', T1)).toEqual({ ok: false, reason: 'already-taken', record: taken });
    expect(takeEscalation(taken, 'U0EXPERT', T1)).toEqual({ ok: true, record: taken, changed: false });
    const resolved = resolveEscalation(taken, T1).record;
    expect(takeEscalation(resolved, 'U0OTHER', T1)).toMatchObject({ ok: false, reason: 'already-resolved' });
    expect(resolveEscalation(resolved, T1)).toMatchObject({ ok: false, reason: 'already-resolved' });
  });

  it('notes the expert thread', () => {
    expect(withExpertThread(opened(), 'slack:CESC:2.2', T1)).toMatchObject({ expertThread: 'slack:CESC:2.2', updatedAt: T1 });
  });
});
