/** What the bot says once when it is added to a chat or a team: how to use it, in two lines. */
import type { TurnContext } from 'botbuilder';

export const WELCOME_TEXT =
  "Hi, I'm kb-assistant. Paste an error — a stack trace, a CloudWatch log line, `curl -v` output, a CLI error — " +
  "or ask in your own words, and I'll reply with the troubleshooting article section that fixes it. " +
  'In a channel or group chat, @mention me; follow-ups in the same reply chain continue the conversation. ' +
  'To search the articles from the compose box, use the kb-assistant message extension.';

/** Greets once, when the bot itself is among the members added (not when other people join). */
export async function welcomeIfBotAdded(context: TurnContext): Promise<void> {
  const botId = context.activity.recipient?.id;
  if (botId && (context.activity.membersAdded ?? []).some((member) => member.id === botId)) {
    await context.sendActivity({ type: 'message', textFormat: 'markdown', text: WELCOME_TEXT });
  }
}
