/**
 * Chooses the terms of a message worth searching for, before searching: a 40,000-character paste
 * is never searched term by term. Terms of the error signature (types, codes, error messages,
 * statuses) count double; chatter counts once; only terms the index knows can match, and the
 * rarest of those say the most. Unknown content words are remembered, because a message full of
 * words the knowledge base never uses is probably about something else.
 */
import type { ErrorSignature } from '../signature';
import { SYNONYM_WEIGHT, SYNONYMS } from './synonyms';
import { tokenize } from './tokenize';
import { idf, type Vocabulary } from './vocabulary';

/** The terms sent to the index, and what the message weighs in total. */
export interface QueryTerms {
  /** Chosen terms, heaviest first (at most MAX_QUERY_TERMS). */
  terms: string[];
  /** Per chosen term: its weight (idf × signature factor). */
  weights: Map<string, number>;
  /** Per chosen term: 2 when it comes from the error signature, else 1 (passed to MiniSearch's boostTerm). */
  boosts: Map<string, number>;
  /** Sum of the weights of every known term of the message (chosen or not). */
  knownWeight: number;
  /** Weight given to content words the index does not know. */
  unknownWeight: number;
  /** Signature terms (types, codes) the index does not know, e.g. "nosuchbucket". */
  unknownSignatureTerms: string[];
  /** Signature terms (types, codes) the index knows. */
  knownSignatureTerms: string[];
  /** The message's terms in order (capped), for phrase-level error matching. */
  sequence: string[];
}

/** Most terms sent to MiniSearch for one message. */
export const MAX_QUERY_TERMS = 24;
const MAX_SEQUENCE = 1_500;
const SIGNATURE_FACTOR = 2;
const COMMON_SHARE = 0.5;
// Words every error has ("error", the "Exception" of every type name): the type name itself carries the meaning.
const GENERIC_ERROR_TERMS = new Set(['error', 'exception', 'fault', 'failure', 'fail', 'messag', 'type', 'code', 'status', 'http']);

/** Picks the query terms of a message from its signature. */
export function chooseQueryTerms(signature: ErrorSignature, vocabulary: Vocabulary): QueryTerms {
  const identity = new Set<string>();
  for (const type of signature.types) for (const term of tokenize(type)) identity.add(term);
  const signatureTerms = new Set<string>(identity);
  for (const message of signature.messages.slice(0, 3)) for (const term of tokenize(message)) signatureTerms.add(term);
  for (const status of signature.statuses) signatureTerms.add(String(status));
  for (const statusClass of signature.statusClasses) signatureTerms.add(statusClass);

  const sequence = tokenize(signature.query).slice(0, MAX_SEQUENCE);
  const all = new Set<string>([...sequence, ...signatureTerms]);
  // "api key" in a message meets the compound "api-key" an author wrote as a tag or in code.
  for (let i = 1; i < sequence.length; i++) {
    const compound = `${sequence[i - 1]}-${sequence[i]}`;
    if (vocabulary.df.has(compound)) all.add(compound);
  }
  const maxIdf = Math.log(1 + (vocabulary.documentCount + 0.5) / 1.5);
  const weights = new Map<string, number>();
  const boosts = new Map<string, number>();
  let knownWeight = 0;
  let unknownWeight = 0;
  for (const term of all) {
    const factor = signatureTerms.has(term) ? SIGNATURE_FACTOR : 1;
    const w = idf(vocabulary, term);
    // Terms in most sections ("api", "gateway") separate nothing and cost the most to look up.
    if (w > 0 && ((vocabulary.df.get(term) ?? 0) > vocabulary.documentCount * COMMON_SHARE || GENERIC_ERROR_TERMS.has(term))) continue;
    if (w > 0) {
      weights.set(term, w * factor);
      boosts.set(term, factor);
      knownWeight += w * factor;
    } else if (/^[a-z][a-z-]{2,}$/.test(term) || identity.has(term)) {
      unknownWeight += maxIdf * 0.6 * factor;
    }
  }
  for (const term of all) {
    for (const synonym of SYNONYMS[term] ?? []) {
      const w = idf(vocabulary, synonym);
      if (w > 0 && !weights.has(synonym)) {
        weights.set(synonym, w * SYNONYM_WEIGHT);
        boosts.set(synonym, SYNONYM_WEIGHT);
      }
    }
  }
  const terms = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)!).slice(0, MAX_QUERY_TERMS);
  const chosen = new Set(terms);
  for (const term of [...weights.keys()]) {
    if (!chosen.has(term)) {
      weights.delete(term);
      boosts.delete(term);
    }
  }
  // Whole type names only ("nosuchbucket"), not their generic parts ("exception").
  // Tool exit codes (curl, OpenSSL) say how a call failed, not which product failed: they do not count here.
  const typeNames = signature.types.filter((t) => !/^(?:curl: |error:)/.test(t)).map((t) => t.toLowerCase());
  return {
    terms,
    weights,
    boosts,
    knownWeight,
    unknownWeight,
    unknownSignatureTerms: typeNames.filter((t) => !vocabulary.df.has(t)),
    knownSignatureTerms: typeNames.filter((t) => vocabulary.df.has(t)),
    sequence,
  };
}
