/** Thread ids the core sees for Slack: `slack:<channel>:<thread ts or private key>`. */

/** The core's thread id for a Slack thread (its parent message ts) or a private /kb exchange (its key). */
export function slackThreadId(channel: string, threadTsOrKey: string): string {
  return `slack:${channel}:${threadTsOrKey}`;
}

/** The key of a private /kb exchange: it has no message ts, so the command's trigger id names it. */
export function privateThreadKey(triggerId: string): string {
  return `cmd.${triggerId}`;
}

/** The channel and thread ts of a Slack thread id; undefined for other platforms and private /kb exchanges. */
export function parseSlackThreadId(threadId: string): { channel: string; threadTs: string } | undefined {
  const match = /^slack:([A-Z0-9]+):(\d+\.\d+)$/.exec(threadId);
  return match ? { channel: match[1], threadTs: match[2] } : undefined;
}
