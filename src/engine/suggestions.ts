/**
 * Suggested follow-ups under an answer: up to three short questions made from the headings of
 * the article's other sections ("Check the logs of the crashing container" -> "How do I check the
 * logs of the crashing container?"). A click shows that section. Headings that say nothing on
 * their own ("Resolution", "Short description") are not suggested.
 */
import type { Article, Section } from '../knowledge/model';
import { ACTION_IDS, type Action } from '../reply/actions';

export const MAX_SUGGESTIONS = 3;
const MAX_PROMPT = 70;
const MAX_QUESTION = 120;

// Headings that name a part of an article, not a topic.
const STRUCTURAL = /^(?:short description|description|resolution|solution|overview|summary|introduction|background|cause|causes|symptoms?|prerequisites|before you begin|related information|related|more information|next steps|see also|notes?|references?)$/i;
const VERBS = new Set(
  ('add allow apply attach avoid check choose configure confirm connect copy create debug decode delete deploy determine disable drain edit enable ' +
    'execute expose find fix force get identify increase inspect install join list look make map migrate mount pass provide pull read remove renew ' +
    'reset resolve restart review rotate run scale see select set share keep test troubleshoot turn understand update upgrade use verify wait').split(' '),
);
const STATEMENT = /\b(?:is|are|was|were|can|cannot|can't|does|doesn't|do|don't|fails?|returns?|stays?|keeps?|won't|not|gets?|has|have|blocks?|hangs?|works?|killed|stuck)\b/i;
const QUESTION_WORD = /^(?:how|what|why|when|where|which|who|can|should|is|are|do|does)$/;

function lowerFirst(text: string): string {
  // "Check" -> "check", but "ImagePullBackOff", "API", "DNS" keep their case.
  return /^[A-Z][a-z]*\b/.test(text) && !/^I\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The heading as a short question, or undefined when it would not make one. */
export function headingAsQuestion(heading: string): string | undefined {
  const plain = heading
    .replace(/[`*_"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.:;]+$/, '')
    .replace(/^(?:for|if)\s+/i, '')
    .trim();
  if (!plain || STRUCTURAL.test(plain)) return undefined;
  const first = plain.split(' ')[0].toLowerCase();
  let question: string;
  if (QUESTION_WORD.test(first) && plain.endsWith('?')) question = plain;
  else if (QUESTION_WORD.test(first)) question = `What about ${lowerFirst(plain)}?`;
  else if (VERBS.has(first)) question = `How do I ${lowerFirst(plain)}?`;
  else if (/^[a-z]{4,}ing$/.test(first)) question = `What about ${lowerFirst(plain)}?`;
  else if (STATEMENT.test(plain)) question = `What if ${lowerFirst(plain)}?`;
  else question = `What about ${lowerFirst(plain)}?`;
  return question.length <= MAX_PROMPT ? question : undefined;
}

// Every answer offers suggestions: each section's question is worked out once.
const questions = new WeakMap<Section, string | null>();

function questionOf(section: Section): string | undefined {
  let question = questions.get(section);
  if (question === undefined) {
    question = headingAsQuestion(section.heading) ?? null;
    questions.set(section, question);
  }
  return question ?? undefined;
}

/** Suggestion buttons for an answer showing `sectionId` of `article`. */
export function suggestionsFor(article: Article, sectionId: string): Action[] {
  const actions: Action[] = [];
  for (const section of article.sections) {
    if (section.id === sectionId) continue;
    const question = questionOf(section);
    if (!question || actions.some((a) => a.label === question)) continue;
    actions.push({ id: ACTION_IDS.suggestion, label: question, value: JSON.stringify({ q: question, a: article.id, s: section.id }) });
    if (actions.length >= MAX_SUGGESTIONS) break;
  }
  return actions;
}

/** The question a suggestion button carries, or undefined for a tampered or foreign value. */
export function decodeSuggestionValue(value: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    const q = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).q : undefined;
    return typeof q === 'string' && q.trim().length > 0 && q.length <= MAX_QUESTION ? q : undefined;
  } catch {
    return undefined;
  }
}
