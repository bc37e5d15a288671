/** What the engine says when it has no answer, worded from the knowledge base's kb.yml (when it has one). */
import type { KnowledgeProfile } from '../knowledge/profile';

export type { KnowledgeProfile };

/** The engine's fixed sentences for one knowledge base. */
export function engineMessages(profile: KnowledgeProfile = {}): {
  NOT_FOUND_MESSAGE: string;
  OTHER_PRODUCT_MESSAGE: string;
  CHAT_MESSAGE: string;
  RAN_OUT_MESSAGE: string;
} {
  const name = profile.name;
  return {
    NOT_FOUND_MESSAGE: `I don't have an article for this. I only know the troubleshooting articles in this knowledge base${name ? ` (${name})` : ''}, and none of them fits what you sent.`,
    OTHER_PRODUCT_MESSAGE: `This looks like an error from another service or tool${name ? `, not ${name}` : ''}, and I don't have an article for it.`,
    CHAT_MESSAGE: profile.description ?? `I answer errors from this knowledge base${name ? ` (${name})` : ''}: paste the error (a log line, a stack trace, curl output) or ask a question about it.`,
    RAN_OUT_MESSAGE: "That was the last close match I have: none of the other articles fits well enough to suggest. Ask an expert to hand this to a person.",
  };
}
