/**
 * Single-workspace authorization: the bot token, plus the bot's own user and bot ids from
 * auth.test (used to ignore its own messages and strip its mention). The identity is fetched on
 * first use and kept; a failed auth.test is not kept, so the next event tries again.
 */
import type { Authorize, webApi } from '@slack/bolt';

export function createAuthorize(client: webApi.WebClient, botToken: string): Authorize<boolean> {
  let identity: Promise<{ botUserId?: string; botId?: string }> | undefined;
  const lookUp = (): Promise<{ botUserId?: string; botId?: string }> => {
    identity ??= client.auth.test({ token: botToken }).then(
      (result) => ({ botUserId: result.user_id, botId: result.bot_id }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return identity;
  };
  return async () => ({ botToken, ...(await lookUp()) });
}
