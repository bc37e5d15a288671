/**
 * Greetings, "help", thanks and goodbyes: messages made only of social phrases, in any knowledge
 * base. They get a short friendly reply and are not questions the knowledge base failed.
 * A message with anything else in it (an error, a question about something) is not small talk.
 */

export type SmallTalk = 'greeting' | 'help' | 'thanks' | 'bye';

const PHRASES: [SmallTalk, string][] = [
  ['greeting', "hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|morning|greetings|how are you(?: doing)?|how's it going|are you there|anyone (?:there|around)"],
  ['help', "help(?: me| please| pls)?|can you help(?: me)?(?: out)?|could you help(?: me)?|can you assist(?: me)?|i need (?:some )?help|need (?:some )?help|what can you do|how does this work|how do i use (?:this|you)"],
  ['thanks', 'thanks(?: a lot| so much| again)?|thank you(?: so much| very much)?|thx|ty|cheers|much appreciated|appreciate it|ok(?:ay)?|cool|great|awesome|nice|perfect|got it'],
  ['bye', 'bye|goodbye|see you|see ya|later'],
];
// Words that may sit between phrases without changing what the message is.
const FILLER = 'there|all|team|bot|folks|everyone|please|pls|again|guys|so|and|but|for (?:the|your) help|for that';

const ANY = PHRASES.map(([, p]) => p).join('|');
const WHOLE = new RegExp(`^(?:(?:${ANY}|${FILLER})\\s*)+$`);
const MAX_LENGTH = 80;

/** Lower-cased words only: punctuation and emoji become spaces. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind of small talk `text` is, or null when it says anything more. */
export function readSmallTalk(text: string): SmallTalk | null {
  if (text.length > MAX_LENGTH || text.includes('\n') || /\d/.test(text)) return null;
  const plain = words(text);
  if (!plain || !WHOLE.test(plain)) return null;
  // The strongest intent present decides: asking for help beats a greeting, a greeting beats thanks.
  for (const kind of ['help', 'greeting', 'thanks', 'bye'] as const) {
    const pattern = PHRASES.find(([k]) => k === kind)![1];
    if (new RegExp(`(?:^| )(?:${pattern})(?: |$)`).test(plain)) return kind;
  }
  return null;
}

const HOW_TO = 'Paste the error you are seeing (a log line, a stack trace, command output) or ask a question about it, and I will find the article that fixes it.';

/** A short friendly reply to small talk; `inThread` when an answer was already given in this thread. */
export function smallTalkReply(kind: SmallTalk, inThread: boolean): string {
  switch (kind) {
    case 'greeting':
      return `Hi! ${HOW_TO}`;
    case 'help':
      return `Happy to help. ${HOW_TO}`;
    case 'thanks':
      return inThread ? "You're welcome! If the fix worked, the Solved it button tells me so; if not, say what happened." : `You're welcome! ${HOW_TO}`;
    case 'bye':
      return 'Bye! Come back with the next error.';
  }
}
