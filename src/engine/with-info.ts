/** Adds a public note above a reply ("From the same article: …"), shown by every renderer with the reply's notices. */
import type { EngineResult } from './types';

export function withInfo(result: EngineResult, message: string): EngineResult {
  const reply = result.reply;
  return { ...result, reply: { ...reply, notices: [{ kind: 'info', message, private: false }, ...reply.notices], text: `${message}\n\n${reply.text}` } };
}
