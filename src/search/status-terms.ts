/**
 * Terms that only restate an HTTP status: the code, its reason phrase ("forbidden", "bad
 * gateway") and the exception named after it ("ForbiddenException"). A message made of these
 * and the product's name ("403 Forbidden from API Gateway") says which status, not which cause;
 * an article error string made only of these ("HTTP 403 Forbidden") is the status, not an error
 * signature, and is left to the status signal.
 */
import { REASON_PHRASES } from '../signature';
import { tokenize } from './tokenize';

function build(): Set<string> {
  const terms = new Set<string>(['http', 'https', 'status', 'code', 'error', 'errors', 'exception', 'messag', 'response', 'xx']);
  for (const [code, phrase] of Object.entries(REASON_PHRASES)) {
    terms.add(code);
    for (const t of tokenize(phrase)) terms.add(t);
    const joined = phrase.replace(/ /g, '');
    terms.add(`${joined}exception`);
    terms.add(`${joined}error`);
    terms.add(`${joined}errorexception`);
  }
  for (const cls of ['1xx', '2xx', '3xx', '4xx', '5xx']) terms.add(cls);
  return terms;
}

/** Status codes, reason-phrase terms and status-named exception types, as tokenizer terms. */
export const STATUS_TERMS: ReadonlySet<string> = build();

/** True when every term restates a status (and there is at least one). */
export function onlyStatusTerms(terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  for (const t of terms) if (!STATUS_TERMS.has(t) && !/^[1-5]\d\d$/.test(t)) return false;
  return true;
}
