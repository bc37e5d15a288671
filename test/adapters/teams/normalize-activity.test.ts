import type { Activity } from 'botbuilder';
import { messageText, normalizeActivity, threadIdOf } from '../../../adapters/teams/normalize-activity';

const bot = { id: '28:bot', name: 'kb-assistant' };
const user = { id: '29:user', name: 'Alex', aadObjectId: 'aad-alex' };

function activity(fields: Partial<Activity>): Activity {
  return { type: 'message', id: 'm1', channelId: 'msteams', from: user, recipient: bot, conversation: { id: 'a:1chat', conversationType: 'personal' }, ...fields } as Activity;
}

const mention = { type: 'mention', mentioned: bot, text: '<at>kb-assistant</at>' };

describe('normalizeActivity', () => {
  it('passes every 1:1 message on, threaded by conversation id', () => {
    expect(normalizeActivity(activity({ text: 'GoneException: 410' }))).toEqual({
      kind: 'message',
      message: { id: 'm1', threadId: 'teams:a:1chat', channel: 'teams', userId: 'aad-alex', text: 'GoneException: 410' },
    });
  });

  it('ignores channel and group-chat messages that do not mention the bot', () => {
    for (const conversationType of ['channel', 'groupChat']) {
      const other = { type: 'mention', mentioned: { id: '29:bob', name: 'Bob' }, text: '<at>Bob</at>' };
      const result = normalizeActivity(activity({ text: '<at>Bob</at> look at this 403', entities: [other], conversation: { id: '19:c@thread.tacv2', conversationType, isGroup: true } as Activity['conversation'] }));
      expect(result).toEqual({ kind: 'ignored', reason: 'not-addressed' });
    }
  });

  it('strips the bot mention (wherever it is) and keeps other mentions as plain names', () => {
    const other = { type: 'mention', mentioned: { id: '29:bob', name: 'Bob' }, text: '<at>Bob</at>' };
    const conversation = { id: '19:c@thread.tacv2;messageid=1700', conversationType: 'channel', isGroup: true } as Activity['conversation'];
    const result = normalizeActivity(activity({ conversation, text: 'hey <at>kb-assistant</at> <at>Bob</at> sees 403 Forbidden', entities: [mention, other] }));
    expect(result).toMatchObject({ kind: 'message', message: { text: 'hey   Bob sees 403 Forbidden', threadId: 'teams:19:c@thread.tacv2;messageid=1700' } });
  });

  it('turns a card submit into an action, with the picker choice as its value and the card to update', () => {
    const result = normalizeActivity(activity({ replyToId: 'card-1', value: { kbAction: 'kb_other_causes', kbChoice_kb_other_causes: '{"a":"x","s":"y"}' } }));
    expect(result).toEqual({
      kind: 'action',
      action: { id: 'm1', threadId: 'teams:a:1chat', channel: 'teams', userId: 'aad-alex', action: 'kb_other_causes', value: '{"a":"x","s":"y"}' },
      page: 0,
      cardActivityId: 'card-1',
    });
  });

  it('reads the page of a Show more submit and ignores submits with unknown action ids', () => {
    expect(normalizeActivity(activity({ value: { kbAction: 'kb_show_more', kbValue: '{"a":"x","p":2}' } }))).toMatchObject({ kind: 'action', page: 2 });
    expect(normalizeActivity(activity({ value: { kbAction: 'kb_delete_everything', kbValue: '' } }))).toEqual({ kind: 'ignored', reason: 'unknown-action' });
  });

  it('handles a submit in a channel even though it carries no mention', () => {
    const conversation = { id: '19:c@thread.tacv2;messageid=1700', conversationType: 'channel' } as Activity['conversation'];
    expect(normalizeActivity(activity({ conversation, value: { kbAction: 'kb_solved', kbValue: '{}' } }))).toMatchObject({ kind: 'action' });
  });
});

describe('messageText', () => {
  it('turns a rich (HTML) message into plain text but leaves plain text with angle brackets alone', () => {
    expect(messageText(activity({ textFormat: 'xml', text: '<p>Error:&nbsp;&lt;html&gt;</p><div>line 2</div>' }))).toBe('Error: <html>\nline 2');
    expect(messageText(activity({ textFormat: 'plain', text: '< HTTP/1.1 403 Forbidden\n< x-amzn-ErrorType: <b>' }))).toBe('< HTTP/1.1 403 Forbidden\n< x-amzn-ErrorType: <b>');
  });
});

describe('threadIdOf', () => {
  it('is one id per reply chain in channels and per chat elsewhere', () => {
    expect(threadIdOf(activity({ conversation: { id: '19:abc@thread.tacv2;messageid=42' } as Activity['conversation'] }))).toBe('teams:19:abc@thread.tacv2;messageid=42');
  });
});

describe('markup stripping on hostile input', () => {
  it('strips tags from xml text in one linear pass, and keeps "<" that open no tag', () => {
    const base = { type: 'message', id: 'x', channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal' }, from: { id: 'u' }, recipient: { id: 'b' }, textFormat: 'xml' };
    const said = (text: string): string => {
      const inbound = normalizeActivity({ ...base, text } as unknown as Activity);
      return inbound.kind === 'message' ? inbound.message.text : '';
    };
    expect(said('<p>GoneException <b>410</b></p><p>a < b and <> stay</p>')).toBe('GoneException 410\na < b and <> stay');
    const started = performance.now();
    const text = said('<'.repeat(80_000));
    expect(performance.now() - started).toBeLessThan(200);
    expect(text).toBe('<'.repeat(20_000));
  });
});
