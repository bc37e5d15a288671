/**
 * Chooses the terms of a message worth searching for, before searching: a 40,000-character paste
 * is never searched term by term. Terms of the error signature (types, codes, error messages,
 * statuses) count double and the innermost cause of an exception chain triple; chatter counts
 * once; only terms the index knows can match, and the rarest of those say the most. Content the
 * knowledge base never uses is remembered, weighted by how rare it is in software writing in
 * general (background.ts): a message full of distinctive words the knowledge base lacks is
 * probably about something else, while background words ("thread", "password") prove nothing —
 * and words of diagnostic-tool output (dig, curl -v) never count against it.
 */
import type { ErrorSignature } from '../signature';
import { isDistinctive, rarity } from './background';
import { STATUS_TERMS } from './status-terms';
import { tokenize } from './tokenize';
import { idf, maxIdf, type Vocabulary } from './vocabulary';

/** The terms sent to the index, and what the message weighs in total. */
export interface QueryTerms {
  /** Chosen terms, heaviest first (at most MAX_QUERY_TERMS). */
  terms: string[];
  /** Per chosen term: its weight (idf × signature factor). */
  weights: Map<string, number>;
  /** Per chosen term: its signature factor (passed to MiniSearch's boostTerm). */
  boosts: Map<string, number>;
  /** Chosen terms that are distinctive: rare in software writing in general (background.ts). */
  distinctive: Set<string>;
  /** Per chosen term: its weight times its background rarity (what it says beyond everyday software words). */
  rareWeights: Map<string, number>;
  /** Sum of rareWeights plus the rarity-weighted unknown content: the message's distinctive content. */
  rareTotal: number;
  /** Chosen terms of the innermost cause of an exception chain (empty without a chain), and their total weight. */
  causeTerms: Set<string>;
  causeWeight: number;
  /** Sum of the weights of every known term of the message (chosen or not). */
  knownWeight: number;
  /** Weight given to content words the index does not know. */
  unknownWeight: number;
  /** Idf × background rarity of the known terms that add a detail beyond the HTTP status and the words most articles share. */
  detailWeight: number;
  /** Signature terms (types, codes) the index does not know, e.g. "nosuchbucket". */
  unknownSignatureTerms: string[];
  /** Signature terms (types, codes) the index knows. */
  knownSignatureTerms: string[];
  /** Every distinct term of the message (and its signature) -> its factor, for error-string matching. */
  present: ReadonlyMap<string, number>;
  /** The message's terms in order (capped), for phrase-level error matching. */
  sequence: string[];
}

/** Most terms sent to MiniSearch for one message. */
export const MAX_QUERY_TERMS = 16;
// Terms lighter than this share of the heaviest add little to any ranking but cost a posting-list walk each.
const MIN_TERM_SHARE = 0.15;
const MAX_SEQUENCE = 800;
const MAX_TOOL_SEQUENCE = 200;
const SIGNATURE_FACTOR = 2;
const CAUSE_FACTOR = 3;
const COMMON_SHARE = 0.5;
// Codes of the transport (TLS, curl, OpenSSL) say how a call failed, not which product failed:
// they count neither for nor against the knowledge base knowing the error.
const PROTOCOL_TYPE = /^(?:curl: |error:)|ssl|tls|cert|x509|handshake|pkix/i;
const CONTENT_WORD = /^[a-z][a-z-]{2,}$/;
const TYPE_HEAD = /^(?:[A-Za-z_$][\w$]{0,60}\.){0,10}([A-Z][A-Za-z0-9]{1,80})$/;
const GENERIC_TYPES = new Set(['Error', 'Exception', 'RuntimeError', 'Throwable']);

// "java.security.cert.CertificateExpiredException: NotAfter: …": the type says what failed (its details
// and package do not); a cause without a type ("Error: certificate has expired") is read whole. Plain
// words for a recognized TLS failure ("certificate expired") belong to the cause too.
function causeTermsOf(signature: ErrorSignature, tok: (text: string) => string[]): string[] {
  const terms: string[] = [];
  for (const concept of signature.concepts) for (const term of tok(concept)) terms.push(term);
  const cause = signature.cause;
  if (!cause) return terms;
  const colon = cause.indexOf(': ');
  const head = colon > 0 ? cause.slice(0, colon) : cause;
  const named = TYPE_HEAD.exec(head);
  if (named && !GENERIC_TYPES.has(named[1])) for (const term of tok(named[1])) terms.push(term);
  else for (const term of tok(cause)) terms.push(term);
  return terms;
}

/** Picks the query terms of a message from its signature; `nameTerms` are the words most articles use (the product's name and its everyday words). */
export function chooseQueryTerms(signature: ErrorSignature, vocabulary: Vocabulary, nameTerms?: ReadonlySet<string>): QueryTerms {
  // One message's strings repeat (the error line is also the query): tokenize each once.
  const memo = new Map<string, string[]>();
  const tok = (text: string): string[] => {
    let terms = memo.get(text);
    if (!terms) {
      terms = tokenize(text);
      memo.set(text, terms);
    }
    return terms;
  };
  const factor = new Map<string, number>();
  const raise = (term: string, f: number): void => {
    const current = factor.get(term);
    if (current === undefined || current < f) factor.set(term, f);
  };
  const identity = new Set<string>();
  // Terms that never count as unknown content: protocol type names, tool output.
  const notAgainst = new Set<string>();
  const typeNames: string[] = [];
  for (const type of signature.types) {
    const protocol = PROTOCOL_TYPE.test(type);
    if (!protocol) typeNames.push(type.toLowerCase());
    for (const term of tok(type)) {
      raise(term, SIGNATURE_FACTOR);
      if (!protocol) identity.add(term);
      else notAgainst.add(term);
    }
  }
  for (let i = 0; i < signature.messages.length && i < 3; i++) for (const term of tok(signature.messages[i])) raise(term, SIGNATURE_FACTOR);
  // The innermost cause of a chain ("CertificateExpiredException") says what went wrong.
  const causeCandidates = causeTermsOf(signature, tok);
  for (const term of causeCandidates) raise(term, CAUSE_FACTOR);
  for (const status of signature.statuses) raise(String(status), SIGNATURE_FACTOR);
  for (const statusClass of signature.statusClasses) raise(statusClass, SIGNATURE_FACTOR);

  const content = tok(signature.query).slice(0, MAX_SEQUENCE);
  for (const term of content) raise(term, 1);
  // "api key" in a message meets the compound "api-key" an author wrote as a tag or in code.
  for (let i = 1; i < content.length; i++) {
    const compound = `${content[i - 1]}-${content[i]}`;
    if (vocabulary.df.has(compound)) raise(compound, 1);
  }
  let sequence = content;
  if (signature.toolQuery) {
    const tool = tokenize(signature.toolQuery);
    if (tool.length > MAX_TOOL_SEQUENCE) tool.length = MAX_TOOL_SEQUENCE;
    for (const term of tool) {
      if (!factor.has(term)) {
        notAgainst.add(term);
        factor.set(term, 1);
      }
    }
    sequence = content.concat(tool);
  }

  const rarest = maxIdf(vocabulary);
  // A term in one section is never common, however small the knowledge base.
  const commonDf = Math.max(1, vocabulary.documentCount * COMMON_SHARE);
  const weights = new Map<string, number>();
  const boosts = new Map<string, number>();
  let knownWeight = 0;
  let unknownWeight = 0;
  let unknownRare = 0;
  let detailWeight = 0;
  for (const [term, f] of factor) {
    const df = vocabulary.df.get(term) ?? 0;
    if (df > 0) {
      // Terms in most sections separate nothing and cost the most to look up.
      if (df > commonDf) continue;
      const w = idf(vocabulary, term);
      weights.set(term, w * f);
      boosts.set(term, f);
      knownWeight += w * f;
      // A detail beyond the status: weighted by how distinctive it is in software writing in general.
      if (!STATUS_TERMS.has(term) && !nameTerms?.has(term)) detailWeight += w * rarity(term);
    } else if (identity.has(term) || (CONTENT_WORD.test(term) && !notAgainst.has(term))) {
      // Unknown content counts as much as a rare known term would, scaled by how distinctive it is:
      // background words ("thread", "password") are no more evidence of another topic than of this one.
      const r = identity.has(term) ? 1 : rarity(term);
      unknownWeight += rarest * 0.6 * f * r;
      unknownRare += rarest * 0.6 * f * r * r;
    }
  }
  let terms = [...weights.keys()];
  terms.sort((a, b) => weights.get(b)! - weights.get(a)!);
  const floor = terms.length > 0 ? weights.get(terms[0])! * MIN_TERM_SHARE : 0;
  let keep = Math.min(terms.length, MAX_QUERY_TERMS);
  while (keep > 1 && weights.get(terms[keep - 1])! < floor) keep--;
  if (keep < terms.length) {
    for (let i = keep; i < terms.length; i++) {
      weights.delete(terms[i]);
      boosts.delete(terms[i]);
    }
    terms = terms.slice(0, keep);
  }
  const distinctive = new Set<string>();
  const rareWeights = new Map<string, number>();
  let rareTotal = unknownRare;
  for (const term of terms) {
    if (isDistinctive(term)) distinctive.add(term);
    const rw = weights.get(term)! * rarity(term);
    rareWeights.set(term, rw);
    rareTotal += rw;
  }

  const causeTerms = new Set<string>();
  let causeWeight = 0;
  for (const term of causeCandidates) {
    const w = weights.get(term);
    if (w !== undefined && !causeTerms.has(term)) {
      causeTerms.add(term);
      causeWeight += w;
    }
  }
  const unknownSignatureTerms: string[] = [];
  const knownSignatureTerms: string[] = [];
  for (const name of typeNames) (vocabulary.df.has(name) ? knownSignatureTerms : unknownSignatureTerms).push(name);
  return { terms, weights, boosts, distinctive, rareWeights, rareTotal, causeTerms, causeWeight, knownWeight, unknownWeight, detailWeight, unknownSignatureTerms, knownSignatureTerms, present: factor, sequence };
}
