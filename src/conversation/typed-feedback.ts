/**
 * Feedback typed instead of clicked: "thanks, that fixed it" / "solved" mean Solved; "didn't
 * work", "not it", "wrong" mean Not it. Only short messages with nothing else in them count: a
 * pasted error after "thanks" ("thanks, but now I get 502") is a new error, not feedback.
 */

export type TypedFeedback = 'solved' | 'not-it';

const SOLVED = [
  "(?:that|this|it|which)?\\s*(?:fixed|solved|sorted|resolved|did) (?:it|the (?:issue|problem|trick))",
  "(?:that|this|it) (?:worked|works)(?: now)?",
  'it(?:\'s| is) (?:working|fixed|solved|resolved)(?: now)?',
  'works now|working now|all good now|problem solved|issue (?:solved|resolved|fixed)|fixed|solved|resolved|sorted',
];
const NOT_IT = [
  "(?:that|this|it)?\\s*(?:didn't|did not|doesn't|does not|won't|wouldn't) (?:work|help|fix (?:it|anything|the (?:issue|problem)))",
  "(?:that's|that is|it's|it is)? ?not (?:it|that|the (?:issue|problem|right (?:one|article|answer)))",
  "(?:that's|that is)? ?(?:wrong|incorrect)(?: (?:one|article|answer))?",
  'no luck|nope|still (?:failing|broken|the same|happening|not working|getting (?:it|the same error))|not helpful|no good|no help|not working',
];
const POLITE = "thanks|thank you|thx|ty|cheers|great|awesome|perfect|nice|ok|okay|yes|yep|yeah|no|hmm|sorry|unfortunately|but|and|so|sadly|all|now|lot";
const MAX_LENGTH = 80;

const solved = new RegExp(`(?:^| )(?:${SOLVED.join('|')})(?: |$)`);
const notIt = new RegExp(`(?:^| )(?:${NOT_IT.join('|')})(?: |$)`);
const whole = new RegExp(`^(?:(?:${[...SOLVED, ...NOT_IT, POLITE].join('|')})\\s*)+$`);

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Solved, Not it, or null when `text` is not (only) feedback. */
export function readTypedFeedback(text: string): TypedFeedback | null {
  if (text.length > MAX_LENGTH || text.includes('\n') || /\d/.test(text)) return null;
  const plain = words(text);
  if (!plain || !whole.test(plain)) return null;
  // "that didn't fix it" contains "fix it": Not it is checked first.
  if (notIt.test(plain)) return 'not-it';
  if (solved.test(plain)) return 'solved';
  return null;
}
