/**
 * Reads a short follow-up question against the article already shown: the sentence of the
 * article that says most of what the question asks about ("how do I check the connection first?"
 * -> "…make sure that your connection is established by calling the getConnection operation…").
 * Words that ask or complain ("how", "check", "error", "fix") do not count, so only the question's topic does.
 */
import type { Article, Section } from '../knowledge/model';
import { blockText } from '../knowledge/text';
import { tokenize } from '../search';

/** The sentence that answers, and its section. */
export interface ArticleSentence {
  section: Section;
  sentence: string;
  /** Share of the question's topic words the sentence contains (0..1). */
  share: number;
  /** The share plus what makes it read as an answer (an instruction, a check for a question about checking). */
  score: number;
}

// Words that ask or complain rather than name a topic ("how do I … first?", "fix this error").
const ASKING = new Set(['error', 'errors', 'fail', 'failed', 'failure', 'fails', 'problem', 'issu', 'issue', 'fix', 'fixed', 'happen', 'happening', 'wrong', 'still', 'help', 'this', 'that', 'it', 'why', 'how', 'when', 'where', 'which', 'first', 'check', 'what', 'about', 'need', 'should', 'can', 'way', 'also', 'then', 'next', 'instead', 'else', 'more', 'other', 'thing', 'step', 'steps', 'doe', 'mean', 'tell', 'say', 'know', 'want', 'make', 'sure', 'get', 'got', 'use', 'using', 'work', 'working', 'try', 'see', 'look', 'find', 'befor', 'before', 'after']);
const MIN_SHARE = 0.5;
// A "how do I …" question wants a sentence that tells what to do, and one asking to check or verify
// wants a sentence that does: ordinary English, whatever the knowledge base is about.
const INSTRUCTION = /\b(?:make sure|ensure|verify|confirm|check|run|call|calling|use|set|turn on|turn off|choose|create|add|remove|delete|update|restart|increase|enable|disable|configure|avoid)\b/i;
const CHECKING_QUESTION = /\b(?:check|verify|confirm|test|make sure|ensure|validate)\b/i;
const CHECKING_SENTENCE = /\b(?:check|checks|verify|verifies|confirm|test|make sure|ensure|validate|valid|established)\b/i;
const INSTRUCTION_BONUS = 0.25;
const MIN_TERM = 3;

/** The question's topic words. */
export function topicTerms(question: string): string[] {
  return [...new Set(tokenize(question))].filter((t) => t.length >= MIN_TERM && !ASKING.has(t));
}

function sentencesOf(section: Section): string[] {
  return section.blocks
    .flatMap((block) => (block.kind === 'code' ? [] : blockText(block).split('\n')))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9])/))
    .map((s) => s.replace(/^(?:\d+\.|-)\s+/, '').trim())
    .filter((s) => s.length > 0);
}

// A topic word is in a sentence when one of its words is, or contains it ("connection" in "getConnection").
function contains(words: ReadonlySet<string>, term: string): boolean {
  if (words.has(term)) return true;
  if (term.length < 5) return false;
  for (const word of words) if (word.length > term.length && word.includes(term)) return true;
  return false;
}

/** The sentence of `article` that best answers `question`, if one says at least half of what it asks about. */
export function findAnswerInArticle(article: Article, question: string): ArticleSentence | undefined {
  const terms = topicTerms(question);
  if (terms.length === 0) return undefined;
  const asksHow = /^\s*(?:how|what should|what do)\b/i.test(question);
  const asksCheck = CHECKING_QUESTION.test(question);
  let best: ArticleSentence | undefined;
  for (const section of article.sections) {
    for (const sentence of sentencesOf(section)) {
      const words = new Set(tokenize(sentence));
      const share = terms.filter((t) => contains(words, t)).length / terms.length;
      if (share < MIN_SHARE) continue;
      let score = share;
      if (asksHow && INSTRUCTION.test(sentence)) score += INSTRUCTION_BONUS;
      if (asksCheck && CHECKING_SENTENCE.test(sentence)) score += INSTRUCTION_BONUS;
      if (!best || score > best.score) best = { section, sentence, share, score };
    }
  }
  return best;
}
