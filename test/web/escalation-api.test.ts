/** Ask an expert in the web chat: recorded in the store, its state readable by the thread that asked, closed with Resolved. */
import { ACTION_IDS } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';

interface ChatResponse {
  threadId: string;
  reply: Reply;
}

describe('web chat escalations', () => {
  let app: TestRuntime;
  beforeAll(async () => {
    app = await startTestRuntime({ escalation: { contact: '#platform-help' } });
  });
  afterAll(() => app.close());

  async function post(path: string, body: unknown): Promise<ChatResponse> {
    const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    return (await res.json()) as ChatResponse;
  }

  async function state(id: string, threadId: string): Promise<{ status: number; body: { state?: string } }> {
    const res = await fetch(`${app.url}/api/chat/escalations/${id}?threadId=${encodeURIComponent(threadId)}`);
    return { status: res.status, body: (await res.json()) as { state?: string } };
  }

  it('records an escalation with its state and shows it until Resolved closes it', async () => {
    const first = await post('/api/chat/messages', { text: GONE });
    const ask = first.reply.actions.find((a) => a.id === ACTION_IDS.askExpert);
    expect(ask?.label).toBe('Ask an expert');
    const asked = await post('/api/chat/actions', { threadId: first.threadId, action: ask!.id, value: ask!.value });
    if (asked.reply.kind !== 'ack' || !asked.reply.escalation) throw new Error(`expected an escalation ack, got ${JSON.stringify(asked.reply)}`);
    expect(asked.reply.escalation.state).toBe('open');
    expect(asked.reply.message).toContain('#platform-help');
    const id = asked.reply.escalation.id;
    await expect(state(id, first.threadId)).resolves.toEqual({ status: 200, body: expect.objectContaining({ state: 'open' }) });
    const stored = await app.runtime.store.getEscalation(id);
    expect(stored).toMatchObject({ channel: 'web', threadId: first.threadId, state: 'open', question: expect.stringContaining('GoneException') });

    // Asking again in the same thread does not open a second one.
    const again = await post('/api/chat/actions', { threadId: first.threadId, action: ask!.id, value: ask!.value });
    expect(again.reply.kind === 'ack' && again.reply.escalation?.id).toBe(id);

    const resolve = asked.reply.actions.find((a) => a.id === ACTION_IDS.resolveEscalation)!;
    const resolved = await post('/api/chat/actions', { threadId: first.threadId, action: resolve.id, value: resolve.value });
    expect(resolved.reply.kind === 'ack' && resolved.reply.escalation?.state).toBe('resolved');
    await expect(state(id, first.threadId)).resolves.toEqual({ status: 200, body: expect.objectContaining({ state: 'resolved' }) });
  });

  it('shows an escalation only to the thread that asked, and refuses malformed ids', async () => {
    const first = await post('/api/chat/messages', { text: GONE });
    const ask = first.reply.actions.find((a) => a.id === ACTION_IDS.askExpert)!;
    const asked = await post('/api/chat/actions', { threadId: first.threadId, action: ask.id, value: ask.value });
    const id = asked.reply.kind === 'ack' ? asked.reply.escalation!.id : '';
    expect((await state(id, 'web:00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await state('not-an-id', first.threadId)).status).toBe(400);
  });

  it('offers Ask an expert on a reply that found nothing', async () => {
    const none = await post('/api/chat/messages', { text: 'how do I configure the coffee machine on floor three?' });
    expect(none.reply.kind).toBe('none');
    expect(none.reply.actions.map((a) => a.id)).toContain(ACTION_IDS.askExpert);
  });
});
