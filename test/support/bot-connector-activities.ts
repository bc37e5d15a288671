/**
 * Real Teams Activity JSON (shaped like scrubbed payloads Teams sends) and a poster for
 * `/api/messages`. No botbuilder import: the tests speak the wire format, as Teams does.
 */
import { randomUUID } from 'node:crypto';

/** The bot's Teams identity in the test activities. */
export const BOT = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'kb-assistant' };
/** The person talking to the bot. */
export const USER = { id: '29:1user-alex', name: 'Alex Doe', aadObjectId: '11111111-2222-3333-4444-555555555555' };
/** The Microsoft Entra tenant of the test activities. */
export const TENANT = '99999999-8888-7777-6666-555555555555';

/** An activity as JSON on the wire. */
export type ActivityJson = Record<string, unknown> & { id: string; conversation: { id: string; conversationType?: string; [key: string]: unknown } };

let sequence = 1_700_000_000_000;
/** A Teams-style message id (a millisecond timestamp), unique within the test run. */
export function nextMessageId(): string {
  return String(sequence++);
}

function base(serviceUrl: string, conversation: ActivityJson['conversation'] & Record<string, unknown>): ActivityJson {
  return {
    id: nextMessageId(),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: USER,
    conversation: { tenantId: TENANT, ...conversation },
    recipient: BOT,
    locale: 'en-US',
    channelData: { tenant: { id: TENANT } },
  };
}

/** A 1:1 (personal) chat message. */
export function personalMessage(serviceUrl: string, text: string, conversationId = `a:1${randomUUID()}`): ActivityJson {
  return {
    ...base(serviceUrl, { conversationType: 'personal', id: conversationId }),
    type: 'message',
    textFormat: 'plain',
    text,
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/London' }],
  };
}

/** The bot (or someone else) added to a 1:1 chat or a team: a conversationUpdate with membersAdded. */
export function membersAdded(serviceUrl: string, members: { id: string; name?: string }[], conversationId = `a:1${randomUUID()}`): ActivityJson {
  return { ...base(serviceUrl, { conversationType: 'personal', id: conversationId }), type: 'conversationUpdate', membersAdded: members };
}

/** A new post in a team channel that @mentions the bot (`<at>` text plus the mention entity). */
export function channelMention(serviceUrl: string, text: string, options: { channelId?: string; mention?: boolean } = {}): ActivityJson {
  const channelId = options.channelId ?? `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
  const activity = base(serviceUrl, { isGroup: true, conversationType: 'channel', id: channelId });
  // A new channel post is the root of its reply chain: its conversation id names it.
  activity.conversation.id = `${channelId};messageid=${activity.id}`;
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...activity,
    type: 'message',
    textFormat: 'plain',
    text: options.mention === false ? text : `${mentionText} ${text}`,
    entities: [
      ...(options.mention === false ? [] : [{ type: 'mention', mentioned: BOT, text: mentionText }]),
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Windows', timezone: 'Europe/London' },
    ],
    channelData: {
      teamsChannelId: channelId,
      teamsTeamId: '19:team0000@thread.tacv2',
      channel: { id: channelId },
      team: { id: '19:team0000@thread.tacv2' },
      tenant: { id: TENANT },
    },
  };
}

/** A reply in an existing channel reply chain (same conversation id, `;messageid=` of the root). */
export function replyInChain(serviceUrl: string, root: ActivityJson, text: string, mention = true): ActivityJson {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, { ...root.conversation }),
    type: 'message',
    textFormat: 'plain',
    text: mention ? `${mentionText} ${text}` : text,
    entities: mention ? [{ type: 'mention', mentioned: BOT, text: mentionText }] : [],
    channelData: root.channelData,
  };
}

/** What Teams sends when someone clicks an Action.Submit button on a card the bot posted. */
export function cardSubmit(serviceUrl: string, conversation: ActivityJson['conversation'], cardActivityId: string, value: Record<string, unknown>): ActivityJson {
  return {
    ...base(serviceUrl, { ...conversation }),
    type: 'message',
    replyToId: cardActivityId,
    value,
    channelData: { source: { name: 'message' }, legacy: { replyToId: cardActivityId }, tenant: { id: TENANT } },
  };
}

/** A message-extension search from the compose box. */
export function composeQuery(serviceUrl: string, query: string, options: { skip?: number; count?: number; commandId?: string } = {}): ActivityJson {
  const parameters = query ? [{ name: 'query', value: query }] : [{ name: 'initialRun', value: 'true' }];
  return {
    ...base(serviceUrl, { conversationType: 'personal', id: `a:1${randomUUID()}` }),
    type: 'invoke',
    name: 'composeExtension/query',
    value: { commandId: options.commandId ?? 'searchKb', parameters, queryOptions: { skip: options.skip ?? 0, count: options.count ?? 25 } },
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/London' }],
  };
}

/** POSTs an activity to the bot as the Bot Connector would. */
export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}
