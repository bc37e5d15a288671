/**
 * Finds code in scraped text that has no fences: shell commands, JSON/JavaScript/XML/YAML bodies,
 * CloudWatch log lines, annotated examples. Each detector looks at the line where a block may start
 * and says where it ends; the first detector that matches wins.
 */
import type { CodeLang } from '../model';

/** A detected code block: lines [start, end) of the input, and its language. */
export interface CodeSpan {
  start: number;
  end: number;
  lang: CodeLang;
}

const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** End of the blank-line-delimited chunk that contains `i`. */
function chunkEnd(lines: readonly string[], i: number): number {
  let j = i;
  while (j < lines.length && !blank(lines[j])) j++;
  return j;
}

const SHELL_START = /^(\$ |(aws|curl|openssl|dig|nslookup|diff|wscat|grep|kubectl)\s)/;

function shell(lines: readonly string[], i: number): CodeSpan | null {
  const first = lines[i].trim();
  if (!SHELL_START.test(first)) return null;
  let j = i + 1;
  // A trailing backslash continues the command; further "$ " prompts in the same chunk join it.
  while (j < lines.length && !blank(lines[j]) && (/\\\s*$/.test(lines[j - 1]) || /^\$ /.test(lines[j].trim()))) j++;
  return { start: i, end: j, lang: 'shell' };
}

/** Net bracket depth change of a line, ignoring brackets inside string literals. */
function depthDelta(line: string, open: string, close: string): number {
  let delta = 0;
  let quote: string | null = null;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (quote) {
      if (ch === '\\') k++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '/' && line[k + 1] === '/') break;
    else if (open.includes(ch)) delta++;
    else if (close.includes(ch)) delta--;
  }
  return delta;
}

/** Consumes lines from `i` until the bracket depth returns to zero (blank lines may sit inside). */
function balanced(lines: readonly string[], i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i; j < lines.length; j++) {
    depth += depthDelta(lines[j], open, close);
    if (depth <= 0) return j + 1;
  }
  return chunkEnd(lines, i);
}

function json(lines: readonly string[], i: number): CodeSpan | null {
  const first = lines[i].trim();
  if (/^[{[]/.test(first)) return { start: i, end: balanced(lines, i, '{[', '}]'), lang: 'json' };
  // A closing bracket first: a body printed upside down; it ends with its chunk.
  if (/^[}\]]/.test(first)) return { start: i, end: chunkEnd(lines, i), lang: 'json' };
  // A JSON fragment: `"key": value` lines, or "..." ellipsis lines around them.
  if (/^"[\w.$-]+"\s*:/.test(first) || (first === '...' && /^\s*"[\w.$-]+"\s*:/.test(lines[i + 1] ?? ''))) {
    return { start: i, end: chunkEnd(lines, i), lang: 'json' };
  }
  return null;
}

const JS_START = /^(exports\.|module\.exports|function\s|var\s|const\s|let\s|import\s)/;
const JS_CONTINUE = /^(\s|\/\/|\/\*|var\s|const\s|let\s|function\s|exports\.|}|\))/;

function javascript(lines: readonly string[], i: number): CodeSpan | null {
  if (!JS_START.test(lines[i].trim())) return null;
  let depth = 0;
  let end = i;
  for (let j = i; j < lines.length; j++) {
    if (blank(lines[j])) continue;
    if (depth === 0 && j > i && !JS_CONTINUE.test(lines[j])) break;
    depth += depthDelta(lines[j], '{([', '})]');
    end = j + 1;
  }
  return { start: i, end, lang: 'javascript' };
}

function xml(lines: readonly string[], i: number): CodeSpan | null {
  const match = /^<([A-Za-z][\w:.-]*)[\s>]/.exec(lines[i].trim());
  if (!match) return null;
  const closing = `</${match[1]}>`;
  for (let j = i; j < lines.length; j++) if (lines[j].includes(closing)) return { start: i, end: j + 1, lang: 'xml' };
  return { start: i, end: chunkEnd(lines, i), lang: 'xml' };
}

function yaml(lines: readonly string[], i: number): CodeSpan | null {
  if (!/^[A-Za-z][\w-]*:\s*$/.test(lines[i]) || !/^\s+[\w"-][^:]*:/.test(lines[i + 1] ?? '')) return null;
  return { start: i, end: chunkEnd(lines, i), lang: 'yaml' };
}

const LOG_LINE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} [A-Z]{2,4} \d{4} : /;
const ISO_LOG_LINE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;

function logLines(lines: readonly string[], i: number): CodeSpan | null {
  const first = lines[i].trim();
  if (!LOG_LINE.test(first) && !ISO_LOG_LINE.test(first)) return null;
  return { start: i, end: chunkEnd(lines, i), lang: 'text' };
}

/** Examples annotated with "-------- what this line is" (the SigV4 canonical request). */
function annotated(lines: readonly string[], i: number): CodeSpan | null {
  const end = chunkEnd(lines, i);
  if (!lines.slice(i, end).some((line) => /-{6,}/.test(line))) return null;
  let j = end;
  // Blank lines are part of such an example when the next chunk is annotated too.
  for (;;) {
    let k = j;
    while (k < lines.length && blank(lines[k])) k++;
    if (k >= lines.length) break;
    const next = chunkEnd(lines, k);
    if (!lines.slice(k, next).some((line) => /-{6,}/.test(line))) break;
    j = next;
  }
  return { start: i, end: j, lang: 'text' };
}

/** A single token (an ARN, a URL, a hash): no spaces, and punctuation a sentence would not have. */
function token(lines: readonly string[], i: number): CodeSpan | null {
  if (!blank(lines[i - 1])) return null;
  const end = chunkEnd(lines, i);
  const all = lines.slice(i, end).map((l) => l.trim().replace(/^"(.*)"$/, '$1'));
  const isToken = (t: string): boolean => t.length >= 12 && !/\s/.test(t) && (/[:/]/.test(t) || /^[0-9a-f]{20,}$/i.test(t));
  return all.every(isToken) ? { start: i, end, lang: 'text' } : null;
}

const CODE_MARK = /=|->|\{[\w.-]+\}|<[\w-]+>|^\s{2,}\S+:\s/;

/** A chunk whose lines are mostly code-marked and none ends like a sentence (headers, templates). */
function codeLikeChunk(lines: readonly string[], i: number): CodeSpan | null {
  if (!blank(lines[i - 1])) return null;
  const end = chunkEnd(lines, i);
  const chunk = lines.slice(i, end).map((l) => l.trim());
  if (chunk.some((l) => /[.?!]$/.test(l) || /^[•]/.test(l) || /^\d+\.\s/.test(l) || /^["“]/.test(l))) return null;
  const marked = chunk.filter((l) => CODE_MARK.test(l)).length;
  return marked * 2 > chunk.length ? { start: i, end, lang: 'text' } : null;
}

const DETECTORS = [shell, json, javascript, xml, yaml, logLines, annotated, token, codeLikeChunk];

/** The code block starting at line `i`, or null when the line starts prose. */
export function detectCode(lines: readonly string[], i: number): CodeSpan | null {
  for (const detect of DETECTORS) {
    const span = detect(lines, i);
    if (span) return span;
  }
  return null;
}
