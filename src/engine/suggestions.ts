/** Suggested follow-up questions: the value of their button carries the question's text. */

const MAX_QUESTION = 120;

export function encodeSuggestionValue(question: string): string {
  return JSON.stringify({ q: question.slice(0, MAX_QUESTION) });
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
