/** Reading @slack/web-api errors: which ones mean "the payload was refused" and what to log (never the payload). */

const REFUSED_PAYLOAD = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'msg_blocks_too_long', 'invalid_arguments', 'too_many_attachments']);
const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found']);

function platformCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = (error as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return undefined;
  const code = (data as { error?: unknown }).error;
  return typeof code === 'string' ? code : undefined;
}

/** Slack accepted the call but refused the message itself (a limit we missed): retrying the same payload cannot help. */
export function isRefusedPayload(error: unknown): boolean {
  const code = platformCode(error);
  return code !== undefined && REFUSED_PAYLOAD.has(code);
}

/** The bot cannot post in that conversation (not invited). */
export function isNotInChannel(error: unknown): boolean {
  const code = platformCode(error);
  return code !== undefined && NOT_IN_CHANNEL.has(code);
}

/** Loggable facts about a Web API failure: its code, HTTP status and Slack error, nothing from the request. */
export function describeSlackError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { error: String(error) };
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : undefined,
    status: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    slackError: platformCode(error),
    message: typeof e.message === 'string' ? e.message.slice(0, 200) : undefined,
  };
}
