import { messageFields, routeMessage, type MessageFields } from '../../../../adapters/slack/listeners/messages/route-message';

const settings = { botUserId: 'UBOT', autoAnswerChannels: ['CAUTO'] };
const base: MessageFields = { user: 'U1', text: 'HTTP/1.1 502 Bad Gateway', ts: '1.000100', channel: 'CGEN', channelType: 'channel' };

describe('routeMessage', () => {
  it('routes a DM to the direct-message handler, mention or not', () => {
    expect(routeMessage({ ...base, channel: 'D1', channelType: 'im' }, settings)).toBe('direct-message');
    expect(routeMessage({ ...base, channel: 'D1', channelType: 'im', text: '<@UBOT> hi' }, settings)).toBe('direct-message');
  });

  it('leaves channel messages that mention the bot to the app_mention listener', () => {
    expect(routeMessage({ ...base, text: '<@UBOT> 502', threadTs: '0.1' }, settings)).toBe('ignore');
  });

  it('routes a reply in a thread to the follow-up handler', () => {
    expect(routeMessage({ ...base, text: 'still failing', threadTs: '0.000001' }, settings)).toBe('thread-reply');
  });

  it('auto-answers error-looking messages only in configured channels', () => {
    expect(routeMessage({ ...base, channel: 'CAUTO' }, settings)).toBe('auto-answer');
    expect(routeMessage({ ...base, channel: 'CAUTO', text: 'lunch?' }, settings)).toBe('ignore');
    expect(routeMessage(base, settings)).toBe('ignore');
  });

  it.each(['message_changed', 'message_deleted', 'channel_join', 'bot_message'])('ignores %s', (subtype) => {
    expect(routeMessage({ ...base, channelType: 'im', subtype }, settings)).toBe('ignore');
  });

  it('ignores its own and other bots\' messages', () => {
    expect(routeMessage({ ...base, channelType: 'im', user: 'UBOT' }, settings)).toBe('ignore');
    expect(routeMessage({ ...base, channelType: 'im', botId: 'B2' }, settings)).toBe('ignore');
  });

  it('treats a thread reply also sent to the channel as a person\'s message', () => {
    expect(routeMessage({ ...base, subtype: 'thread_broadcast', threadTs: '0.000001' }, settings)).toBe('thread-reply');
  });
});

describe('messageFields', () => {
  it('reads the fields from a message event and rejects what is not one', () => {
    expect(messageFields({ type: 'message', user: 'U1', text: 'x', ts: '1.2', channel: 'C1', channel_type: 'channel' })).toEqual({
      subtype: undefined,
      botId: undefined,
      user: 'U1',
      text: 'x',
      ts: '1.2',
      threadTs: undefined,
      channel: 'C1',
      channelType: 'channel',
    });
    expect(messageFields({ type: 'message', subtype: 'message_deleted' })).toBeUndefined();
  });
});
