/** What a message in a thread asks for, given that the thread already has an answer. */
import type { ThreadContext } from '../conversation/types';
import type { ErrorSignature } from '../signature';

export type FollowUp = 'next' | 'article' | 'thanks' | 'question' | 'search';

const NEXT = /^(?:next(?: one)?|another(?: one)?|other (?:one|match|option)|try (?:again|another)|(?:that|it|this)?\s*(?:didn'?t|did not|doesn'?t|does not|won'?t) (?:work|help|fix)|not (?:it|that|this)|nope|wrong(?: one| article)?|no,? (?:that'?s|it'?s) not it|that'?s not it|still (?:failing|broken|the same|happening|not working)|something else)\b/;
const ARTICLE = /\b(?:whole|full|entire|complete) (?:article|page|doc)\b|\bshow (?:me )?(?:the )?(?:whole |full )?article\b|\bread more\b/;
const THANKS = /^(?:thanks|thank you|thx|ty|cheers|perfect|awesome|great|that (?:fixed|solved|worked)|it (?:works|worked)|solved|fixed it|works now)\b/;
const SHORT = 80;
const QUESTION_MAX = 240;

/** Classifies `text` as a follow-up in the thread of `context` (or as a fresh search). */
export function classifyFollowUp(text: string, signature: ErrorSignature, context: ThreadContext | undefined): FollowUp {
  if (!context) return 'search';
  const lower = text.trim().toLowerCase().replace(/[!.?]+$/, '');
  if (lower.length <= SHORT) {
    if (NEXT.test(lower)) return 'next';
    if (ARTICLE.test(lower)) return 'article';
    if (THANKS.test(lower) && context.current) return 'thanks';
  }
  // A new paste (a type name, several lines, an error body) starts over.
  const pasted = signature.types.length > 0 || text.includes('\n') || text.length > QUESTION_MAX;
  if (!pasted && context.current) return 'question';
  return 'search';
}
