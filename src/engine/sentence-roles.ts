/**
 * What a sentence of an article does for the person reading an answer: explains the cause, tells
 * them what to do, points elsewhere, or just informs. Troubleshooting articles mix all four in one
 * paragraph ("This error means the key and certificate don't match. To resolve this, verify …"),
 * so the cause line of an answer is picked sentence by sentence. The word lists are English
 * troubleshooting prose, not any one article.
 */

export type SentenceRole = 'cause' | 'action' | 'reference' | 'info';

/** "Note:", "Tip:", "Important:" or "Warning:" opening a paragraph; group 1 is the label. */
export const NOTE_LABEL = /^(note|tip|important|warning)\s*:\s*/i;

/** Whether a paragraph is a note (see NOTE_LABEL). */
export function isNote(text: string): boolean {
  return NOTE_LABEL.test(text);
}

/** What the list after a lead-in line holds. */
export type ListRole = 'steps' | 'causes' | 'examples';

// Verbs that open an instruction ("Verify that …", "Turn on …").
const IMPERATIVE = new Set(
  (
    'activate add allow apply associate attach avoid call change check choose click compare configure confirm consider copy create ' +
    'decode define delete deploy disable edit enable ensure enter export follow grant identify import include increase install invoke ' +
    'keep make modify monitor move navigate open pass provision provide redeploy reduce remove replace reproduce request resize retry ' +
    'review reroute rotate run scroll select send set specify switch test try turn update upload use validate verify wait'
  ).split(' '),
);
const REFERENCE = /^(?:for (?:more )?(?:information|details|instructions|troubleshooting)\b|to learn more\b|see\b)/i;
const CAUSE =
  /\b(?:this (?:error|issue|response) (?:means|occurs|indicates|happens|is)|(?:error|errors|issue) (?:occurs?|happens?|might occur) (?:if|when|because)|occurs? (?:if|because|when)|(?:is|are|be|might be|can be) (?:due to|caused by|related to)|might (?:receive|return|get|fail)|can fail|fails? (?:if|when|because)|returns? (?:a |an )?(?:\d{3}|error)\b.*\bif\b|because\b)/i;
const ACTION_ANYWHERE = /\b(?:make sure|be sure to|you must|verify that|check that|confirm that|you can (?:activate|request|run|create))\b/i;
// "To resolve this, verify …", "If the VPC link is FAILED, create …", "Before posting, make sure …".
const LEAD_CLAUSE = /^(?:to|if|before|after|when|for|on|in|from|under)\b[^,]{0,160},\s*(?:then\s+)?(\w+)/i;

function firstWord(sentence: string): string {
  const match = /^[("'“]*([A-Za-z]+)/.exec(sentence);
  return match ? match[1].toLowerCase() : '';
}

/** Whether the sentence tells the reader to do something. */
export function isInstruction(sentence: string): boolean {
  const text = sentence.replace(/^(?:note|tip|important)\s*:\s*/i, '');
  if (IMPERATIVE.has(firstWord(text))) return true;
  const lead = LEAD_CLAUSE.exec(text);
  if (lead && IMPERATIVE.has(lead[1].toLowerCase())) return true;
  return ACTION_ANYWHERE.test(text);
}

/** The role of one sentence. */
export function sentenceRole(sentence: string): SentenceRole {
  if (REFERENCE.test(sentence)) return 'reference';
  if (isInstruction(sentence)) return 'action';
  if (CAUSE.test(sentence)) return 'cause';
  return 'info';
}

/** What the list introduced by `leadIn` (a sentence ending in ":") holds, judged by the lead-in and the items. */
export function listRole(leadIn: string | undefined, items: string[]): ListRole {
  const lead = leadIn ?? '';
  if (/\b(?:for example|such as|similar to the following|following (?:error|message|output))\b/i.test(lead)) return 'examples';
  if (/\b(?:do the following|follow these|the following steps|verify the following|confirm the following|make sure that|check the following)\b/i.test(lead)) return 'steps';
  if (/\b(?:if|due to|because|conditions?|causes?|reasons?|errors? include|might)\b/i.test(lead) && !items.some(isInstruction)) return 'causes';
  const instructions = items.filter(isInstruction).length;
  return instructions * 2 >= items.length && instructions > 0 ? 'steps' : 'examples';
}

/** Splits prose into sentences, keeping abbreviations such as "e.g." and versions like "2.0" whole. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
