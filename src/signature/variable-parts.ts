/**
 * Replaces what differs between two people hitting the same error — timestamps, request ids and
 * UUIDs, account ids, ARN resource parts, hostnames, IPs, paths, file:line positions, redaction
 * placeholders — with fixed placeholders, so one error reads the same whatever its ids.
 * Works piece by piece (split at whitespace, quotes and brackets), so every pattern runs on a
 * short string and the whole pass stays linear in the input.
 */

/** The placeholders this module writes; the search tokenizer drops them. */
export const PLACEHOLDERS = ['<time>', '<id>', '<n>', '<host>', '<ip>', '<url>', '<path>', '<frame>', '<blob>'] as const;

const MAX_PIECE = 200;
const SEPARATORS = /([\s'"`(),=<>[\]{};|]+)/;
const TLDS = new Set([
  'com', 'net', 'org', 'io', 'info', 'dev', 'app', 'internal', 'local', 'localhost', 'cloud', 'co', 'us', 'uk', 'de',
  'fr', 'eu', 'ai', 'example', 'test', 'invalid', 'gov', 'edu', 'biz', 'me', 'tech', 'corp', 'lan', 'intra',
]);
const SOURCE_FILE = /\.(?:js|mjs|cjs|ts|tsx|jsx|py|java|kt|scala|go|rb|cs|c|cc|cpp|h|php|rs|swift)$/i;
const TIME_WORDS = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'UTC', 'GMT']);

/** One piece (no whitespace, quotes or brackets) -> itself or a placeholder; '' drops it. */
export function normalizePiece(raw: string): string {
  if (raw.length > MAX_PIECE) return '<blob>';
  // Fast path: a plain word, maybe with trailing punctuation ("failed:", "denied.") — most pieces of any paste.
  const letters = leadingLetters(raw);
  if (letters === raw.length) return TIME_WORDS.has(raw) || raw === 'REDACTED' ? normalizeSlow(raw) : raw;
  if (letters > 0 && trailingPunctuationFrom(raw, letters)) {
    const core = raw.slice(0, letters);
    return TIME_WORDS.has(core) || core === 'REDACTED' ? normalizeSlow(raw) : raw;
  }
  return normalizeSlow(raw);
}

function leadingLetters(s: string): number {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  return i;
}

// True when s[from..] is only sentence punctuation (.,:;!?).
function trailingPunctuationFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46 && c !== 44 && c !== 58 && c !== 59 && c !== 33 && c !== 63) return false;
  }
  return true;
}

function normalizeSlow(raw: string): string {
  const trail = /[.,:;!?]+$/.exec(raw);
  if (trail && trail.index > 0) {
    const core = normalizePiece(raw.slice(0, trail.index));
    return core.startsWith('<') || core.startsWith('arn:') ? core : raw;
  }
  const piece = raw;
  if (piece.startsWith('REDACTED:') || piece === 'REDACTED') return '';
  if (/^[a-z][a-z0-9+.-]{1,15}:\/\//i.test(piece)) return '<url>';
  const arn = /^arn:aws[a-z-]*:([a-z0-9-]{1,40}):/i.exec(piece);
  if (arn) return `arn:aws:${arn[1].toLowerCase()}:<id>`;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(piece)) return '<id>';
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?::\d{1,5})?$/.test(piece)) return '<ip>';
  if (/^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?Z?$/.test(piece)) return '<time>';
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\S{0,30})?$/.test(piece) || /^\d{8}T\d{6}Z?$/.test(piece)) return '<time>';
  if (TIME_WORDS.has(piece) || /^(?:19|20)\d\d$/.test(piece)) return '<time>';
  if (/^\d{5,}$/.test(piece)) return '<n>';
  if (/^0x[0-9a-f]{1,16}$/i.test(piece)) return piece; // Windows/schannel codes identify the error
  const fileLine = /^(.{1,150}):\d{1,7}(?::\d{1,7})?\)?$/.exec(piece);
  if (fileLine && SOURCE_FILE.test(fileLine[1])) return '<frame>';
  if (isPath(piece)) return '<path>';
  if (isHost(piece)) return awsService(piece);
  if (isOpaqueId(piece)) return '<id>';
  return piece;
}

function isPath(piece: string): boolean {
  if (/^[A-Za-z]:\\/.test(piece)) return true;
  if (!piece.includes('/')) return false;
  if (!/^(?:\/|~\/|\.{1,2}\/)/.test(piece)) return false;
  let slashes = 0;
  for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) === 47) slashes++;
  return slashes >= 2 || SOURCE_FILE.test(piece);
}

function isHost(piece: string): boolean {
  const host = piece.replace(/:\d{1,5}$/, '').replace(/\.$/, '').toLowerCase();
  if (!host.includes('.')) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) if (!/^[a-z0-9*][a-z0-9-]{0,62}$/.test(label)) return false;
  const last = labels[labels.length - 1];
  return TLDS.has(last) || host.endsWith('.amazonaws.com') || host.endsWith('.aws');
}

// An AWS endpoint keeps the service it names ("d-1a2b.execute-api.eu-west-1.amazonaws.com" ->
// "<host> execute-api"): an old load balancer's name vs the execute-api target is what a DNS
// mix-up looks like, while the account- and API-specific parts still vanish.
function awsService(piece: string): string {
  const labels = piece.toLowerCase().replace(/:\d{1,5}$/, '').replace(/\.$/, '').split('.');
  const at = labels.lastIndexOf('amazonaws');
  if (at < 1) return '<host>';
  let service = labels[at - 1];
  if (/^[a-z]{2}(?:-gov)?-[a-z]+-\d$/.test(service) && at >= 2) service = labels[at - 2];
  return /^[a-z][a-z0-9-]{1,30}$/.test(service) && !/^[a-z]{2}(?:-gov)?-[a-z]+-\d$/.test(service) ? `<host> ${service}` : '<host>';
}

// Request ids, API ids, pod names, hashes: a part of 6+ characters mixing 2+ digits with letters.
function isOpaqueId(piece: string): boolean {
  if (piece.includes(':') || piece.length < 6) return false;
  if (/^[0-9a-f]{16,}$/i.test(piece)) return true;
  for (const part of piece.split(/[-_/.+]/)) {
    if (part.length < 6) continue;
    let digits = 0;
    let letters = 0;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else letters++;
    }
    if (digits >= 2 && letters >= 1) return true;
  }
  return false;
}

/** A line with its variable parts replaced; runs of the same placeholder collapse to one. */
export function normalizeVariableParts(line: string): string {
  const parts = line.split(SEPARATORS);
  let out = '';
  let lastPlaceholder = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i % 2 === 1) {
      out += part === ' ' ? part : /\s/.test(part) ? part.replace(/\s+/g, ' ') : part;
      continue;
    }
    if (!part) continue;
    const normalized = normalizePiece(part);
    if (normalized.startsWith('<') && normalized.endsWith('>')) {
      if (normalized === lastPlaceholder) continue;
      lastPlaceholder = normalized;
    } else if (normalized) {
      lastPlaceholder = '';
    }
    out += normalized;
  }
  if (out.includes('<')) {
    out = out
      .replace(/<time>(?:[\s:,]{1,4}(?:\d{1,2}[\s:,]{1,4})?<time>){1,50}/g, '<time>')
      .replace(/<(id|n|host|ip|url|path|frame|blob)>(?:[\s:,]{1,4}<\1>){1,50}/g, '<$1>');
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}
