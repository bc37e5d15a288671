/** A message addressed to the bot: ask the core, send what it says in the same reply chain. */
import type { TurnContext } from 'botbuilder';
import type { ConversationService } from '../../src/conversation/service';
import type { IncomingMessage } from '../../src/conversation/types';
import type { Reply } from '../../src/reply/model';
import { toActivity } from './outgoing-activity';
import { renderReply } from './render-reply';

/** Sends a reply's messages in order; the turn context puts them in the incoming message's reply chain. */
export async function sendReply(context: TurnContext, reply: Reply, page = 0): Promise<void> {
  for (const message of renderReply(reply, page)) {
    await context.sendActivity(toActivity(message));
  }
}

/** Handles one normalized message: the core decides, the reply goes back in the same chain. */
export async function handleMessage(context: TurnContext, service: ConversationService, message: IncomingMessage): Promise<void> {
  const result = await service.handleMessage(message);
  if (result.status === 'duplicate') return;
  await sendReply(context, result.reply);
}
