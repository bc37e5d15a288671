/**
 * The project's own credential rules: what the maintained rule set (see maintained-rules.ts) does
 * not know — AWS secrets in context, SigV4 parts, passwords on command lines, `*_SECRET=` style
 * assignments, cookies, database URLs whose password holds a raw `@` — and the shapes it matches
 * too strictly. Each rule replaces only the secret value (labels, scopes and the error text around
 * it stay, so the message still matches its article) with `[REDACTED:<kind>]`.
 *
 * Every pattern starts at a literal or at a token boundary (lookbehind) and uses bounded,
 * non-overlapping quantifiers, so a rule costs O(length) even on hostile 40,000-character input.
 */
import { asciiClass, holdsAsciiIgnoringCase, inAsciiClass, isSpace } from './char-classes';
import { chunkedRunner } from './chunked-rules';
import { SECRET_KINDS, type RedactionFinding, type SecretKind } from './types';

/** The placeholder that replaces a secret of the given kind. */
export function placeholder(kind: SecretKind): string {
  return PLACEHOLDERS[kind];
}

/** Made once: a rewrite puts one in per secret, and building it each time costs a string or two. */
const PLACEHOLDERS = Object.fromEntries(SECRET_KINDS.map((kind) => [kind, `[REDACTED:${kind}]`])) as Record<SecretKind, string>;

interface Rule {
  kind: SecretKind;
  pattern: RegExp;
  /** Every match contains one of these (compared without case), or, for url-password, comes right after one; none: no such literal. */
  literals?: readonly string[];
  /** Only applied when the message is about AWS credentials (the pattern alone is too loose). */
  needsCredentialContext?: boolean;
  /** Given the match, the replacement text (with its kind when the rule decides it), or null to leave the match as it is. */
  replace: (match: RegExpExecArray) => string | { text: string; kind: SecretKind } | null;
  /**
   * The first offset at or after `from` where `pattern` may match, or -1: a search far cheaper than
   * the pattern's own, so that the pattern is tried only there. It may name offsets where the
   * pattern fails, never skip one where it matches.
   */
  nextStart?: (text: string, from: number) => number;
}

/** Values that are obviously not secrets: documentation placeholders, masks, variables. */
function isPlaceholder(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, '');
  if (v.length === 0) return true;
  if (v.startsWith('[REDACTED')) return true;
  // `<your secret key>`: a bare value cut at its first space still starts with the bracket.
  if (v.startsWith('<')) return true;
  if (/^(?:<[^>]{0,80}>|\$\{?[A-Za-z_][A-Za-z0-9_]{0,80}\}?|%[sd]|\{\{[^}]{0,80}\}\}|[*xX.•]+|null|none|undefined|true|false|yes|no|on|off|redacted|changeme|example|your[-_a-z]{0,40})$/i.test(v)) return true;
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


/** Name parts that make any value secret, and those that do when the value looks generated. */
const SECRET_NAME_PARTS = new Set(['secret', 'password', 'passwd', 'passphrase', 'pwd', 'pass']);
const TOKEN_NAME_PARTS = new Set(['token', 'key', 'apikey', 'credential', 'credentials', 'auth']);

/** Values that name a place, not a secret: paths and URLs. */
function isPathOrUrl(value: string): boolean {
  return /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|[a-z][a-z0-9+.-]{1,20}:\/\/)/.test(value);
}

/** In every name assignmentReplacement takes: a name part of SECRET_NAME_PARTS or TOKEN_NAME_PARTS holds one of these. */
const SECRET_OR_TOKEN_WORD = /secret|pass|pwd|token|key|credential|auth/i;

function assignmentReplacement(name: string, separator: string, rawValue: string): { text: string; kind: SecretKind } | null {
  // Most names in a log are neither (`x-request-id: …`): turned down before the name is split up.
  if (!SECRET_OR_TOKEN_WORD.test(name)) return null;
  const parts = name.toLowerCase().split(/[_.-]/);
  const quoted = rawValue.startsWith('"') || rawValue.startsWith("'");
  const value = quoted ? rawValue.slice(1, -1) : rawValue;
  if (isPlaceholder(value) || isPathOrUrl(value)) return null;
  const secretName = parts.some((p) => SECRET_NAME_PARTS.has(p)) || parts.some((p) => /^(?:client|app|jwt|session|signing|webhook)secret$/.test(p));
  const tokenName = parts.some((p) => TOKEN_NAME_PARTS.has(p) || p.endsWith('token') || p.endsWith('apikey'));
  // A UUID under a "key" name is an identifier (idempotency keys, key ids), not a secret.
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
  if (!secretName && !(tokenName && !isUuid && looksGenerated(value, 8))) return null;
  const kind: SecretKind = parts.some((p) => /^(?:password|passwd|passphrase|pwd|pass)$/.test(p)) ? 'password' : secretName ? 'generic-secret' : 'service-token';
  const q = quoted ? rawValue[0] : '';
  return { text: `${name}${separator}${q}${placeholder(kind)}${q}`, kind };
}

/** Cookie attributes, which carry no secret. */
const COOKIE_ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'secure', 'httponly', 'priority', 'partitioned', 'version', 'comment']);

/** `a=1; b=2` with every value replaced (attributes kept); unchanged when nothing was a value. */
function cookieValuesRedacted(header: string): string {
  return header.replace(/(^|;)(\s{0,8})([^=;\s]{1,256})=([^;]{1,4096})/g, (whole, lead: string, space: string, name: string, value: string) => {
    if (COOKIE_ATTRIBUTES.has(name.toLowerCase()) || isPlaceholder(value.trim()) || value.trim().length === 0) return whole;
    return `${lead}${space}${name}=${placeholder('cookie')}`;
  });
}

const RULES: Rule[] = [
  // SigV4 credential scope: only the access key id is secret; date/region/service help diagnose.
  {
    kind: 'sigv4-credential',
    literals: ['credential'],
    pattern: /((?<![A-Za-z0-9])(?:X-Amz-)?Credential\s{0,3}=\s{0,3})([A-Za-z0-9]{10,128})(?=\/|%2F|[\s,&"']|$)/gi,
    replace: labelled('sigv4-credential', (v) => /[0-9]/.test(v) || /^A[KS]IA/.test(v)),
  },
  {
    kind: 'sigv4-signature',
    literals: ['signature'],
    pattern: /((?<![A-Za-z0-9])(?:X-Amz-)?Signature\s{0,3}=\s{0,3})([A-Za-z0-9+/%_-]{16,1024})/gi,
    replace: labelled('sigv4-signature', (v) => looksGenerated(v, 16)),
  },
  {
    kind: 'aws-session-token',
    literals: ['token'],
    pattern: labelPattern('(?<![A-Za-z0-9])(?:aws[_-]?session[_-]?token|x-amz-security-token|session[_-]?token|security[_-]?token)', `[A-Za-z0-9+/=%_-]{16,8192}`),
    replace: labelled('aws-session-token'),
  },
  // STS session tokens are recognisable without a label by their fixed base64 prefix.
  {
    kind: 'aws-session-token',
    literals: ['FwoGZXIvYXdz', 'IQoJb3JpZ2lu', 'FQoGZXIvYXdz'],
    pattern: /()(?<![A-Za-z0-9+/])((?:FwoGZXIvYXdz|IQoJb3JpZ2lu|FQoGZXIvYXdz)[A-Za-z0-9+/=]{20,8192})/g,
    replace: labelled('aws-session-token'),
  },
  {
    kind: 'aws-secret-access-key',
    // Also the `aws configure` prompt: "AWS Secret Access Key [****EKEY]: value".
    literals: ['secret'],
    pattern: /((?<![A-Za-z0-9])(?:aws[_-]?)?secret[_ -]?(?:access[_ -]?)?key["']?\s{0,3}(?:\[[^\]\n]{0,64}\]\s{0,3})?[:=]\s{0,3}["']?)([A-Za-z0-9+/=]{16,128})/gi,
    replace: labelled('aws-secret-access-key'),
  },
  {
    kind: 'aws-access-key-id',
    literals: ['AKIA', 'ASIA'],
    pattern: /()(?<![A-Za-z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
    replace: labelled('aws-access-key-id'),
  },
  {
    kind: 'bearer-token',
    literals: ['bearer'],
    pattern: /((?<![A-Za-z0-9])Bearer\s{1,3})([A-Za-z0-9._~+/=-]{12,8192})/gi,
    replace: labelled('bearer-token', (v) => looksGenerated(v, 12)),
  },
  {
    kind: 'generic-secret',
    literals: ['Basic'],
    pattern: /((?<![A-Za-z0-9])Basic\s{1,3})([A-Za-z0-9+/]{8,4096}={0,2})(?![A-Za-z0-9+/=])/g,
    // HTTP Basic credentials are base64 "user:password".
    replace: (m) => (isBasicCredentials(m[2]) ? `${m[1]}${placeholder('generic-secret')}` : null),
  },
  {
    kind: 'jwt',
    literals: ['eyJ'],
    pattern: /()(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,2048})/g,
    replace: labelled('jwt'),
  },
  {
    kind: 'api-key',
    // The header is a strong signal: any non-placeholder value goes.
    literals: ['x-api-key'],
    pattern: labelPattern('(?<![A-Za-z0-9])x-api-key', `[A-Za-z0-9._~+/=-]{4,256}`),
    replace: labelled('api-key'),
  },
  {
    kind: 'api-key',
    // apiKey / api_key / "api-key": bare prose ("invalid api key: Forbidden") is left alone.
    literals: ['api'],
    pattern: labelPattern('(?<![A-Za-z0-9])api[_-]?key', `[A-Za-z0-9._~+/=-]{8,256}`),
    replace: labelled('api-key', (v) => looksGenerated(v, 8)),
  },
  {
    kind: 'api-key',
    // Google API keys have a fixed shape.
    literals: ['AIza'],
    pattern: /()(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
    replace: labelled('api-key'),
  },
  {
    kind: 'slack-token',
    literals: ['xox', 'xapp-'],
    pattern: /()(?<![A-Za-z0-9])((?:xox[abeoprs]|xapp)-[A-Za-z0-9-]{10,250})/g,
    replace: labelled('slack-token'),
  },
  {
    kind: 'slack-token',
    literals: ['hooks.slack.com/'],
    pattern: /(hooks\.slack\.com\/(?:services|workflows|triggers)\/)([A-Za-z0-9/]{20,200})/g,
    replace: labelled('slack-token'),
  },
  {
    kind: 'generic-secret',
    // GitHub tokens, OAuth client secrets and refresh/access tokens given by name.
    literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: /()(?<![A-Za-z0-9_])((?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255}))/g,
    replace: labelled('generic-secret'),
  },
  {
    kind: 'generic-secret',
    literals: ['secret', 'token'],
    pattern: labelPattern('(?<![A-Za-z0-9])(?:client[_-]?secret|access[_-]?token|refresh[_-]?token|id[_-]?token|auth[_-]?token|authorization[_-]?token|private[_-]?token)', `[A-Za-z0-9._~+/=-]{8,8192}`),
    replace: labelled('generic-secret', (v) => looksGenerated(v, 8)),
  },
  {
    kind: 'url-password',
    // scheme://user:password@host — host:port/path has no "@" right after the port, so it is not matched.
    // The password runs to the last "@" before the host: a raw "@" inside it is still password.
    literals: ['://'],
    pattern: /((?<=[A-Za-z0-9+.-]:\/\/)[^\s:/@<>|]{0,256}:)([^\s/<>|]{1,256})(@)(?=[^\s@/<>|]{1,256}(?:[/:?#\s"'<>|]|$))/g,
    replace: labelled('url-password'),
    // A match starts right after a "://", and the pattern's lookbehind would be tried at every offset.
    nextStart: (text, from) => {
      const at = text.indexOf('://', Math.max(0, from - 3));
      return at < 0 ? -1 : at + 3;
    },
  },
  {
    kind: 'connection-string-password',
    // Password=…; (ADO/ODBC/JDBC), DB_PASSWORD=… (env), "password": "…" (JSON), password: … (YAML).
    literals: ['passw', 'pwd'],
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
    literals: ['--password'],
    pattern: /((?<![A-Za-z0-9-])--password(?:=|\s{1,3}))([^\s;,&"'<>|]{1,256})/gi,
    replace: labelled('connection-string-password'),
  },
  {
    kind: 'password',
    // curl -u user:pass / --user user:pass (also -uuser:pass): only the password goes.
    literals: ['-u'],
    pattern: /((?<![A-Za-z0-9-])(?:-u\s{0,3}|--user(?:=|\s{1,3}))["']?[^\s:"']{1,128}:)([^\s"']{1,256})/g,
    replace: labelled('password'),
  },
  {
    kind: 'password',
    // mysql -pPASS (no space: `-p PASS` would be prompted for, and `-p` alone prompts).
    literals: ['mysql', 'mariadb'],
    pattern: /((?<![A-Za-z0-9])(?:mysql|mysqldump|mysqladmin|mariadb|mysqlimport|mysqlshow)(?=\s)[^\n|;&]{0,300}?\s-p)([^\s"';|&]{1,256}|"[^"\n]{1,256}"|'[^'\n]{1,256}')/g,
    replace: labelled('password'),
  },
  {
    kind: 'password',
    // NAME_SECRET=…, SECRET_KEY_BASE=…, db_password: … (env files, YAML, JSON keys): a name with an
    // underscore-separated part that says secret or password takes any value; token or key, a generated-looking one.
    pattern: /(?<![A-Za-z0-9_.-])([A-Za-z][A-Za-z0-9]{0,40}(?:[_.-][A-Za-z0-9]{1,40}){1,6})(["']?\s{0,3}[:=]\s{0,3})("[^"\n]{1,512}"|'[^'\n]{1,512}'|[^\s"',;&)}\]]{1,512})/g,
    replace: (m) => assignmentReplacement(m[1], m[2], m[3]),
    // Tried at every word of a log it would cost most of a long paste.
    nextStart: nextAssignmentName,
  },
  {
    kind: 'cookie',
    // Cookie / Set-Cookie headers and curl's -b/--cookie: every value goes, names and attributes stay.
    literals: ['cookie', '-b'],
    pattern: /((?<![A-Za-z0-9-])(?:(?:set-)?cookie["']?\s{0,3}:\s{0,3}["']?|(?:-b|--cookie)\s{1,3}["']?))([^\r\n"']{1,4096})/gi,
    replace: (m) => {
      const values = cookieValuesRedacted(m[2]);
      return values === m[2] ? null : `${m[1]}${values}`;
    },
  },
  {
    kind: 'api-key',
    // Stripe secret and restricted keys, and webhook signing secrets.
    literals: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_'],
    pattern: /()(?<![A-Za-z0-9_])((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}|whsec_[A-Za-z0-9]{24,128})(?![A-Za-z0-9_])/g,
    replace: labelled('api-key'),
  },
  {
    kind: 'api-key',
    // OpenAI-style keys (sk-…, sk-proj-…) in any of their lengths.
    literals: ['sk-'],
    pattern: /()(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{32,256})(?![A-Za-z0-9_-])/g,
    replace: labelled('api-key', (v) => looksGenerated(v, 32)),
  },
  {
    kind: 'service-token',
    // HashiCorp Vault tokens (service, batch, recovery) of every length in use.
    literals: ['hvs.', 'hvb.', 'hvr.'],
    pattern: /()(?<![A-Za-z0-9_-])(hv[sbr]\.[A-Za-z0-9_-]{20,400})(?![A-Za-z0-9_-])/g,
    replace: labelled('service-token'),
  },
  {
    kind: 'service-token',
    // GitLab tokens of every prefix (personal, deploy, runner, CI job, feed, OAuth app).
    literals: ['glpat-', 'gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glft-', 'glsoat-', 'gloas-', 'glimt-', 'glagent-'],
    pattern: /()(?<![A-Za-z0-9_-])((?:glpat|gldt|glrt|glcbt|glptt|glft|glsoat|gloas|glimt|glagent)-[A-Za-z0-9_-]{20,128})(?![A-Za-z0-9_-])/g,
    replace: labelled('service-token'),
  },
  {
    kind: 'service-token',
    // npm access tokens, with or without a label.
    literals: ['npm_'],
    pattern: /()(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{30,64})(?![A-Za-z0-9_])/g,
    replace: labelled('service-token'),
  },
  {
    kind: 'azure-key',
    // Storage / Service Bus connection strings and SAS tokens: AccountKey=, SharedAccessKey=, sig=.
    literals: ['AccountKey=', 'SharedAccessKey=', 'sig='],
    pattern: /((?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey|sig)=)([A-Za-z0-9+/%=]{16,1024})/g,
    replace: labelled('azure-key', (v) => looksGenerated(v, 16)),
  },
  {
    kind: 'aws-secret-access-key',
    // Unlabelled 40-character secret keys: only when the message is about AWS credentials, and only
    // mixed-case values with digits (hex digests and git hashes are lowercase and stay).
    pattern: /()(?<![A-Za-z0-9+/=])([A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/g,
    needsCredentialContext: true,
    // A leading slash is a path ("/home/User1/..."), not a key.
    replace: (m) => (/[a-z]/.test(m[2]) && /[A-Z]/.test(m[2]) && /[0-9]/.test(m[2]) && !m[2].startsWith('/') ? placeholder('aws-secret-access-key') : null),
    // No literal either, and as costly as the assignment rule above without this.
    nextStart: nextBase64Of40,
  },
];

/** The rules' character classes by char code, for the nextStart scans: each as written in its pattern. */
const NAME_CHAR = asciiClass(/[A-Za-z0-9_.-]/);
const LETTER = asciiClass(/[A-Za-z]/);
const BASE64_CHAR = asciiClass(/[A-Za-z0-9+/]/);
const QUOTE = asciiClass(/["']/);
const UNDERSCORE = 0x5f;
const DOT = 0x2e;
const HYPHEN = 0x2d;

/** A name's last character and what follows it up to the separator, as in the pattern: found fast, as it starts with a plain class. */
const NAME_END = /[A-Za-z0-9_.-]["']?\s{0,3}[:=]/g;

/**
 * Where the `NAME_SECRET=` pattern may match, found from the end of its name rather than by trying
 * the pattern at every word. The name is a whole run of name characters (the lookbehind and what
 * follows the name are outside the class), starting with a letter and holding a "_", "." or "-";
 * only an optional quote and up to three spaces come between it and the ":" or "=". Later
 * separators give later names, so the first name found is the first.
 */
function nextAssignmentName(text: string, from: number): number {
  NAME_END.lastIndex = from;
  while (NAME_END.test(text)) {
    const start = assignmentNameBefore(text, NAME_END.lastIndex - 1);
    if (start >= from) return start;
  }
  return -1;
}

/** The start of a name the separator at `separator` can follow (past an optional quote and up to three spaces), or -1. */
function assignmentNameBefore(text: string, separator: number): number {
  let end = separator;
  for (let spaces = 0; spaces < 3 && end > 0 && isSpace(text.charCodeAt(end - 1)); spaces++) end--;
  if (end > 0 && inAsciiClass(QUOTE, text.charCodeAt(end - 1))) end--;
  let start = end;
  let parts = false;
  for (; start > 0 && inAsciiClass(NAME_CHAR, text.charCodeAt(start - 1)); start--) {
    const code = text.charCodeAt(start - 1);
    if (code === UNDERSCORE || code === DOT || code === HYPHEN) parts = true;
  }
  return start < end && parts && inAsciiClass(LETTER, text.charCodeAt(start)) ? start : -1;
}

/**
 * Where the unlabelled 40-character key pattern may match: a whole run of exactly 40 base64
 * characters, with no "=" before or after it. Reads a character 39 past where a run may start:
 * outside the class, no run starting before it can be 40 long, so most of a log is stepped over.
 */
function nextBase64Of40(text: string, from: number): number {
  let start = from;
  for (let probe = start + 39; probe < text.length; probe = start + 39) {
    if (!isBase64At(text, probe)) {
      start = probe + 1;
      continue;
    }
    // The run through the probe (from `start` on): any run of 40 starting at or before the probe is it.
    let first = probe;
    while (first > start && isBase64At(text, first - 1)) first--;
    let end = probe + 1;
    while (end < text.length && isBase64At(text, end)) end++;
    const before = first === 0 ? -1 : text.charCodeAt(first - 1);
    if (end - first === 40 && !inAsciiClass(BASE64_CHAR, before) && before !== EQUALS && text.charCodeAt(end) !== EQUALS) return first;
    start = end + 1;
  }
  return -1;
}

function isBase64At(text: string, at: number): boolean {
  return inAsciiClass(BASE64_CHAR, text.charCodeAt(at));
}

const CREDENTIAL_CONTEXT = /A[KS]IA[A-Z0-9]{16}|aws[_-]?secret|\[REDACTED:(?:aws-access-key-id|sigv4-credential)\]|aws_access_key_id|access[ _-]?key[ _-]?id|secret[ _-]?(?:access[ _-]?)?key|credentials?\b/i;

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

/** Sticky copies of the patterns of rules with a nextStart: tried at one offset, not searched onward from it. */
const STICKY = new Map<Rule, RegExp>(RULES.filter((rule) => rule.nextStart).map((rule) => [rule, new RegExp(rule.pattern, `${rule.pattern.flags}y`)]));

/**
 * The match `rule.pattern.exec` finds with lastIndex `from`: the leftmost at or after it. With
 * `scan`, found by trying the pattern only where the rule's nextStart points.
 */
function nextMatch(rule: Rule, text: string, from: number, scan: boolean): RegExpExecArray | null {
  const sticky = STICKY.get(rule);
  if (!scan || !rule.nextStart || !sticky) {
    rule.pattern.lastIndex = from;
    return rule.pattern.exec(text);
  }
  for (let at = rule.nextStart(text, from); at >= 0; at = rule.nextStart(text, at + 1)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}

function applyRule(rule: Rule, text: string, count: (kind: SecretKind) => void, scan: boolean): string {
  let out = '';
  let from = 0;
  // After an empty match the search goes on from the next offset, as exec's callers must make it.
  for (let m = nextMatch(rule, text, 0, scan); m; m = nextMatch(rule, text, m.index + Math.max(m[0].length, 1), scan)) {
    if (m[0].length === 0) continue;
    const replacement = rule.replace(m);
    if (replacement === null) continue;
    const { text: replaced, kind } = typeof replacement === 'string' ? { text: replacement, kind: rule.kind } : replacement;
    count(kind);
    out += text.slice(from, m.index) + replaced;
    from = m.index + m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Words a pattern follows with `\s{1,3}` (or `\s{0,3}`) and then the value: the space can be a line break. */
const FLAG_WORDS = ['bearer', 'basic', '--password', '-u', '--user', '-b', '--cookie'];

/**
 * Whether a match of some rule could contain the line break ending at `leftEnd` in `left` and go on
 * from `rightStart` in `right`. Read from the patterns: a line break is only ever matched by a
 * `\s{0,3}` (or `\s{1,3}`) between a label and `:`/`=`/`[`, between `:`/`=` and the value, or
 * after one of the flag words above, or by the `\s` right before mysql's `-p`; every other
 * character class leaves line breaks out. Such a `\s` run holds at most two spaces on either
 * side of the break, so only a few characters either side are read.
 */
function mayCrossLineBreak(left: string, leftEnd: number, right: string, rightStart: number): boolean {
  if (right.startsWith('-p', rightStart)) return true;
  // leftEnd - 1 is the "\n" itself.
  let l = leftEnd - 1;
  while (l > 0 && leftEnd - 1 - l < 3 && isSpace(left.charCodeAt(l - 1))) l--;
  if (leftEnd - 1 - l >= 3) return false;
  if (l === 0) return true;
  const before = left.charCodeAt(l - 1);
  if (before === COLON || before === EQUALS || endsWithFlagWord(left, l)) return true;
  let r = rightStart;
  while (r < right.length && r - rightStart < 2 && isSpace(right.charCodeAt(r))) r++;
  if (r === right.length) return true;
  const after = right.charCodeAt(r);
  return after === COLON || after === EQUALS || after === OPEN_BRACKET;
}

const COLON = 0x3a;
const EQUALS = 0x3d;
const OPEN_BRACKET = 0x5b;

/** Whether one of FLAG_WORDS ends at `end` in `text`. A loop, not `some` with a closure: this runs at every chunk edge. */
function endsWithFlagWord(text: string, end: number): boolean {
  for (const word of FLAG_WORDS) if (holdsAsciiIgnoringCase(text, end - word.length, word)) return true;
  return false;
}

/** Below this many characters a message is one chunk; above it, chunks of about this many. */
const CHUNK_CHARS = 1024;

const runInChunks = chunkedRunner<Rule>({
  rules: RULES,
  inserted: SECRET_KINDS.map(placeholder),
  mayCross: mayCrossLineBreak,
  minChunkChars: CHUNK_CHARS,
});

/** The rules that apply to `text` (after PEM keys are cut): some only when it is about AWS credentials. */
function rulesFor(text: string): readonly Rule[] {
  return CREDENTIAL_CONTEXT.test(text) ? RULES : RULES_WITHOUT_CONTEXT;
}
const RULES_WITHOUT_CONTEXT = RULES.filter((rule) => !rule.needsCredentialContext);

function counter(): { count: (kind: SecretKind) => void; findings: () => RedactionFinding[] } {
  const counts = new Map<SecretKind, number>();
  return {
    count: (kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1),
    findings: () => [...counts].map(([kind, n]) => ({ kind, count: n })),
  };
}

/**
 * Applies the project's rules; reports how many of each kind were found. The rules run in order,
 * each on the text the ones before it left, in chunks of lines (see chunked-rules.ts), patterns
 * tried where their rule's nextStart points: the result is the same as redactWithProjectRulesOneByOne's.
 */
export function redactWithProjectRules(input: string): { text: string; findings: RedactionFinding[] } {
  const { count, findings } = counter();
  const afterPem = redactPem(input, count);
  const aboutCredentials = CREDENTIAL_CONTEXT.test(afterPem);
  const text = runInChunks(afterPem, (rule, chunk) => (rule.needsCredentialContext && !aboutCredentials ? chunk : applyRule(rule, chunk, count, true)));
  return { text, findings: findings() };
}

/**
 * Each rule over the whole text in turn, every pattern searched for plainly (no nextStart scan):
 * what the project's rules do, by definition (the tests hold redactWithProjectRules to it).
 */
export function redactWithProjectRulesOneByOne(input: string): { text: string; findings: RedactionFinding[] } {
  const { count, findings } = counter();
  let text = redactPem(input, count);
  for (const rule of rulesFor(text)) text = applyRule(rule, text, count, false);
  return { text, findings: findings() };
}
