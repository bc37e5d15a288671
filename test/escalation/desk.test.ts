import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEscalationDesk, type EscalationSettings } from '../../src/escalation/desk';
import { redactSecrets } from '../../src/security/redact';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/types';
import { context } from '../store/store-contract';

let store: Store;
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-desk-'));
  store = createMemoryStore({ stateDir: dir, threadTtlSeconds: 60, eventTtlSeconds: 60 });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const desk = (settings: EscalationSettings) =>
  createEscalationDesk({ store, settings, redact: redactSecrets, describe: (a, s) => ({ title: `Title of ${a}`, heading: `Heading ${s}` }), newId: () => `esc-${String(++n).padStart(8, '0')}` });

describe('escalation desk', () => {
  it('routes Slack and Teams to their experts\' channels when set, the web chat to a record, everything else to the contact', () => {
    const d = desk({ slackChannel: 'C0EXPERTS', contact: '#help' });
    expect(d.routeFor('slack')).toBe('experts-channel');
    expect(d.routeFor('teams')).toBe('contact');
    expect(d.routeFor('web')).toBe('record');
    expect(d.routeFor('cli')).toBe('contact');
  });

  it('opens one escalation per thread with the redacted question, what was shown and the feedback so far', async () => {
    await store.recordFeedback({ at: '2025-01-01T00:00:00.000Z', channel: 'slack', threadId: 'slack:C1:1.1', articleId: 'a1', sectionId: 's1', helpful: false, signature: 'q' });
    const d = desk({ slackChannel: 'C0EXPERTS' });
    const asked = await d.ask({ channel: 'slack', threadId: 'slack:C1:1.1', context: context('missing authentication token') });
    expect(asked).toMatchObject({ kind: 'opened', route: 'experts-channel', record: { state: 'open', question: 'missing authentication token' } });
    if (asked.kind !== 'opened') return;
    expect(asked.brief).toEqual({ shown: { title: 'Title of api-gateway-403-error', heading: 'Heading missing-authentication-token' }, feedback: [{ helpful: false, section: { title: 'Title of a1', heading: 'Heading s1' } }] });
    expect(await d.ask({ channel: 'slack', threadId: 'slack:C1:1.1', context: undefined })).toMatchObject({ kind: 'already', record: { id: asked.record.id } });
  });

  it('names the contact instead of recording anything when no experts\' channel is set', async () => {
    const d = desk({ contact: '#platform-help' });
    expect(await d.ask({ channel: 'slack', threadId: 'slack:C1:1.1', context: undefined })).toEqual({ kind: 'contact', contact: '#platform-help' });
    expect(await store.listEscalations()).toEqual([]);
  });

  it('relays between the asker\'s thread and the expert thread while active, with credentials removed', async () => {
    const d = desk({ slackChannel: 'C0EXPERTS' });
    const asked = await d.ask({ channel: 'slack', threadId: 'slack:C1:1.1', context: undefined });
    if (asked.kind !== 'opened') throw new Error('expected opened');
    expect(await d.relay('slack:C1:1.1', 'hello')).toBeUndefined(); // not posted to experts yet
    await d.postedTo(asked.record.id, 'slack:C0EXPERTS:9.9');
    expect(await d.relay('slack:C0EXPERTS:9.9', 'try this')).toMatchObject({ to: 'asker', threadId: 'slack:C1:1.1', text: 'try this' });
    const back = await d.relay('slack:C1:1.1', 'my key is AKIAIOSFODNN7EXAMPLE');
    expect(back).toMatchObject({ to: 'expert', threadId: 'slack:C0EXPERTS:9.9' });
    expect(back?.text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    await d.resolve(asked.record.id);
    expect(await d.relay('slack:C0EXPERTS:9.9', 'more')).toBeUndefined();
  });

  it('takes and resolves by id, and says when there is no such escalation', async () => {
    const d = desk({});
    const asked = await d.ask({ channel: 'web', threadId: 'web:t1', context: undefined });
    if (asked.kind !== 'opened') throw new Error('expected opened');
    expect(await d.take(asked.record.id, 'U1')).toMatchObject({ ok: true, record: { state: 'taken', takenBy: 'U1' } });
    expect(await d.take(asked.record.id, 'U2')).toMatchObject({ ok: false, reason: 'already-taken' });
    expect((await store.getEscalation(asked.record.id))?.takenBy).toBe('U1');
    expect(await d.take('esc-nothere', 'U1')).toBeUndefined();
  });
});
