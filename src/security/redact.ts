/**
 * Credential redaction, applied to every incoming message before it is logged, stored, searched
 * or quoted back. Each rule replaces only the secret value (labels, scopes and the error text
 * around it stay, so the message still matches its article) with `[REDACTED:<kind>]`.
 *
 * Every pattern starts at a literal or at a token boundary (lookbehind) and uses bounded,
 * non-overlapping quantifiers, so a rule costs O(length) even on hostile 40,000-character input.
 */
import type { RedactionFinding, Redactor, SecretKind } from './types';

/** The placeholder that replaces a secret of the given kind. */
export function placeholder(kind: SecretKind): string {
  return `[REDACTED:${kind}]`;
}

interface Rule {
  kind: SecretKind;
  pattern: RegExp;
  /** Only applied when the message is about AWS credentials (the pattern alone is too loose). */
  needsCredentialContext?: boolean;
  /** Given the match, the replacement text, or null to leave the match as it is. */
  replace: (match: RegExpExecArray) => string | null;
}

/** Values that are obviously not secrets: documentation placeholders, masks, variables. */
function isPlaceholder(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, '');
  if (v.length === 0) return true;
  if (v.startsWith('[REDACTED')) return true;
  if (/^(?:<[^>]{0,80}>|\$\{?[A-Za-z_][A-Za-z0-9_]{0,80}\}?|%[sd]|\{\{[^}]{0,80}\}\}|[*xX.•]+|null|none|undefined|true|false|redacted|changeme|example|your[-_a-z]{0,40})$/i.test(v)) return true;
  return false;
}

/** Random-looking: letters and digits mixed, as generated keys and tokens are (prose words are not). */
function looksGenerated(value: string, minLength: number): boolean {
  return value.length >= minLength && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholder(value);
}

/** Keep group 1 (the label), replace group 2 (the value), keep what follows (group 3, if any). */
function labelled(kind: SecretKind, accept: (value: string) => boolean = (v) => !isPlaceholder(v)): Rule['replace'] {
  return (m) => (accept(m[2]) ? `${m[1]}${placeholder(kind)}${m[3] ?? ''}` : null);
}

/** `label <sep> value`, the value quoted or bare; the label group includes the separator. */
function labelPattern(label: string, bareValue: string, flags = 'gi'): RegExp {
  // Quoted values end at their quote; bare values at the first character outside their class.
  return new RegExp(`(${label}["']?\\s{0,3}[:=]\\s{0,3}["']?)(${bareValue})`, flags);
}

const RULES: Rule[] = [
  // SigV4 credential scope: only the access key id is secret; date/region/service help diagnose.
  {
    kind: 'sigv4-credential',
    pattern: /((?<![A-Za-z0-9])(?:X-Amz-)?Credential\s{0,3}=\s{0,3})([A-Za-z0-9]{10,128})(?=\/|%2F|[\s,&"']|$)/gi,
    replace: labelled('sigv4-credential', (v) => /[0-9]/.test(v) || /^A[KS]IA/.test(v)),
  },
  {
    kind: 'sigv4-signature',
    pattern: /((?<![A-Za-z0-9])(?:X-Amz-)?Signature\s{0,3}=\s{0,3})([A-Za-z0-9+/%_-]{16,1024})/gi,
    replace: labelled('sigv4-signature', (v) => looksGenerated(v, 16)),
  },
  {
    kind: 'aws-session-token',
    pattern: labelPattern('(?<![A-Za-z0-9])(?:aws[_-]?session[_-]?token|x-amz-security-token|session[_-]?token|security[_-]?token)', `[A-Za-z0-9+/=%_-]{16,8192}`),
    replace: labelled('aws-session-token'),
  },
  // STS session tokens are recognisable without a label by their fixed base64 prefix.
  {
    kind: 'aws-session-token',
    pattern: /()(?<![A-Za-z0-9+/])((?:FwoGZXIvYXdz|IQoJb3JpZ2lu|FQoGZXIvYXdz)[A-Za-z0-9+/=]{20,8192})/g,
    replace: labelled('aws-session-token'),
  },
  {
    kind: 'aws-secret-access-key',
    // Also the `aws configure` prompt: "AWS Secret Access Key [****EKEY]: value".
    pattern: /((?<![A-Za-z0-9])(?:aws[_-]?)?secret[_ -]?(?:access[_ -]?)?key["']?\s{0,3}(?:\[[^\]\n]{0,64}\]\s{0,3})?[:=]\s{0,3}["']?)([A-Za-z0-9+/=]{16,128})/gi,
    replace: labelled('aws-secret-access-key'),
  },
  {
    kind: 'aws-access-key-id',
    pattern: /()(?<![A-Za-z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
    replace: labelled('aws-access-key-id'),
  },
  {
    kind: 'bearer-token',
    pattern: /((?<![A-Za-z0-9])Bearer\s{1,3})([A-Za-z0-9._~+/=-]{12,8192})/gi,
    replace: labelled('bearer-token', (v) => looksGenerated(v, 12)),
  },
  {
    kind: 'generic-secret',
    pattern: /((?<![A-Za-z0-9])Basic\s{1,3})([A-Za-z0-9+/]{8,4096}={0,2})(?![A-Za-z0-9+/=])/g,
    // HTTP Basic credentials are base64 "user:password".
    replace: (m) => (isBasicCredentials(m[2]) ? `${m[1]}${placeholder('generic-secret')}` : null),
  },
  {
    kind: 'jwt',
    pattern: /()(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,2048})/g,
    replace: labelled('jwt'),
  },
  {
    kind: 'api-key',
    // The header is a strong signal: any non-placeholder value goes.
    pattern: labelPattern('(?<![A-Za-z0-9])x-api-key', `[A-Za-z0-9._~+/=-]{4,256}`),
    replace: labelled('api-key'),
  },
  {
    kind: 'api-key',
    // apiKey / api_key / "api-key": bare prose ("invalid api key: Forbidden") is left alone.
    pattern: labelPattern('(?<![A-Za-z0-9])api[_-]?key', `[A-Za-z0-9._~+/=-]{8,256}`),
    replace: labelled('api-key', (v) => looksGenerated(v, 8)),
  },
  {
    kind: 'api-key',
    // Google API keys have a fixed shape.
    pattern: /()(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
    replace: labelled('api-key'),
  },
  {
    kind: 'slack-token',
    pattern: /()(?<![A-Za-z0-9])((?:xox[abeoprs]|xapp)-[A-Za-z0-9-]{10,250})/g,
    replace: labelled('slack-token'),
  },
  {
    kind: 'slack-token',
    pattern: /(hooks\.slack\.com\/(?:services|workflows|triggers)\/)([A-Za-z0-9/]{20,200})/g,
    replace: labelled('slack-token'),
  },
  {
    kind: 'generic-secret',
    // GitHub tokens, OAuth client secrets and refresh/access tokens given by name.
    pattern: /()(?<![A-Za-z0-9_])((?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255}))/g,
    replace: labelled('generic-secret'),
  },
  {
    kind: 'generic-secret',
    pattern: labelPattern('(?<![A-Za-z0-9])(?:client[_-]?secret|access[_-]?token|refresh[_-]?token|id[_-]?token|auth[_-]?token|authorization[_-]?token|private[_-]?token)', `[A-Za-z0-9._~+/=-]{8,8192}`),
    replace: labelled('generic-secret', (v) => looksGenerated(v, 8)),
  },
  {
    kind: 'url-password',
    // scheme://user:password@host — host:port/path has no "@" right after the port, so it is not matched.
    pattern: /((?<=[A-Za-z0-9+.-]:\/\/)[^\s:/@<>|]{0,256}:)([^\s@/<>|]{1,256})(@)/g,
    replace: labelled('url-password'),
  },
  {
    kind: 'connection-string-password',
    // Password=…; (ADO/ODBC/JDBC), DB_PASSWORD=… (env), "password": "…" (JSON), password: … (YAML).
    pattern: /((?:password|passwd|pwd)(?:["'])?\s{0,3}([:=])\s{0,3})("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s;,&"'<>|)]{1,256})/gi,
    replace: (m) => {
      const label = m[1];
      const value = m[3];
      if (label.startsWith('PWD')) return null; // the shell's working directory in an env dump
      if (isPlaceholder(value)) return null;
      const quoted = value.startsWith('"') || value.startsWith("'");
      // "password: must be 8 characters" is prose; YAML values of that shape are rare enough.
      if (m[2] === ':' && !quoted && !/[0-9A-Z!#$%^*?@~+]/.test(value)) return null;
      const q = quoted ? value[0] : '';
      return `${label}${q}${placeholder('connection-string-password')}${q}`;
    },
  },
  {
    kind: 'connection-string-password',
    pattern: /((?<![A-Za-z0-9-])--password(?:=|\s{1,3}))([^\s;,&"'<>|]{1,256})/gi,
    replace: labelled('connection-string-password'),
  },
  {
    kind: 'aws-secret-access-key',
    // Unlabelled 40-character secret keys: only when the message is about AWS credentials, and only
    // mixed-case values with digits (hex digests and git hashes are lowercase and stay).
    pattern: /()(?<![A-Za-z0-9+/=])([A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/g,
    needsCredentialContext: true,
    // A leading slash is a path ("/home/User1/..."), not a key.
    replace: (m) => (/[a-z]/.test(m[2]) && /[A-Z]/.test(m[2]) && /[0-9]/.test(m[2]) && !m[2].startsWith('/') ? placeholder('aws-secret-access-key') : null),
  },
];

const CREDENTIAL_CONTEXT = /A[KS]IA[A-Z0-9]{16}|\[REDACTED:(?:aws-access-key-id|sigv4-credential)\]|aws_access_key_id|access[ _-]?key[ _-]?id|secret[ _-]?(?:access[ _-]?)?key|credentials?\b/i;

function isBasicCredentials(encoded: string): boolean {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  return /^[^:\s]{1,256}:[^\s]{1,256}$/.test(decoded);
}

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
// One whitespace-separated token of a PEM body: a base64 run (long, or padded at the end) or an
// encryption header ("Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,…").
const PEM_BODY_TOKEN = /\s*(?:[A-Za-z0-9+/]{16,4096}={0,2}|[A-Za-z0-9+/]{1,15}={1,2}|(?:Proc-Type|DEK-Info):[ \t]{0,3}[A-Za-z0-9,-]{1,128})(?=\s|$)/y;

/** Where a PEM body without an END line stops: at the first token that is not base64. */
function endOfPemBody(text: string, from: number): number {
  let stop = from;
  PEM_BODY_TOKEN.lastIndex = from;
  while (PEM_BODY_TOKEN.exec(text)) stop = PEM_BODY_TOKEN.lastIndex;
  return stop;
}

/** Cuts PEM private keys, BEGIN to END; a key pasted without its END line is cut to where its base64 stops. */
function redactPem(text: string, count: (kind: SecretKind) => void): string {
  if (!text.includes('PRIVATE KEY')) return text;
  let out = '';
  let from = 0;
  let endSearchExhausted = false;
  PEM_BEGIN.lastIndex = 0;
  for (let begin = PEM_BEGIN.exec(text); begin; begin = PEM_BEGIN.exec(text)) {
    if (begin.index < from) continue;
    const bodyStart = begin.index + begin[0].length;
    let stop = -1;
    if (!endSearchExhausted) {
      PEM_END.lastIndex = bodyStart;
      const end = PEM_END.exec(text);
      if (end) stop = end.index + end[0].length;
      else endSearchExhausted = true;
    }
    if (stop < 0) stop = endOfPemBody(text, bodyStart);
    out += text.slice(from, begin.index) + placeholder('private-key');
    count('private-key');
    from = stop;
    PEM_BEGIN.lastIndex = Math.max(PEM_BEGIN.lastIndex, stop);
  }
  return out + text.slice(from);
}

function applyRule(rule: Rule, text: string, count: (kind: SecretKind) => void): string {
  rule.pattern.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
    if (m[0].length === 0) {
      rule.pattern.lastIndex++;
      continue;
    }
    const replacement = rule.replace(m);
    if (replacement === null) continue;
    count(rule.kind);
    out += text.slice(from, m.index) + replacement;
    from = m.index + m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Removes credentials from a message; reports how many of each kind were found. */
export const redactSecrets: Redactor = (input) => {
  const counts = new Map<SecretKind, number>();
  const count = (kind: SecretKind): void => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };

  let text = redactPem(input, count);
  const inCredentialContext = CREDENTIAL_CONTEXT.test(text);
  for (const rule of RULES) {
    if (rule.needsCredentialContext && !inCredentialContext) continue;
    text = applyRule(rule, text, count);
  }

  const findings: RedactionFinding[] = [...counts].map(([kind, n]) => ({ kind, count: n }));
  return { text, findings };
};
