/**
 * The maintained credential rule set: the rules of secretlint's recommended preset (all but its
 * comment filter), run in-process on the message, each only on the lines where it can match. It
 * finds where secrets are; replacing them is done here, from the found ranges, so the label
 * before a value (`NPM_TOKEN=`) stays and the value goes whole even when a rule reports only
 * part of it.
 */
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import { excerptOfLines } from './line-excerpt';
import { literalLineFinder, type LiteralLines } from './literal-lines';
import { scopeOf, type RuleScope } from './maintained-rule-scopes';
import type { SecretKind } from './types';

// secretlint's profiler records performance marks on every run and keeps them (and searches them)
// for the life of the process: fine for a CLI, a leak that slows every message in a server.
secretLintProfiler.mark = () => undefined;

/**
 * The rule that honours `secretlint-disable` comments. Those are for source files; in a chat
 * message they would let the sender switch redaction off, so it is never registered.
 */
const FILTER_COMMENTS_ID = '@secretlint/secretlint-rule-filter-comments';

/**
 * The preset's rules, registered one by one rather than as the preset: the preset registers every
 * rule it has, and a nested `disabled` entry does not stop it.
 */
export const MAINTAINED_RULES = recommendedRules.filter((rule) => rule.meta.id !== FILTER_COMMENTS_ID && rule.meta.type === 'scanner');

type MaintainedRule = (typeof MAINTAINED_RULES)[number];

/** Rules with the same literals and reach: they run together, on the same lines. */
interface ScopedGroup extends RuleScope {
  rules: MaintainedRule[];
}

const scopeKey = (scope: RuleScope): string => `${scope.reach} ${[...scope.literals].sort().join(' ')}`;

const UNSCOPED: MaintainedRule[] = [];
const GROUPS: ScopedGroup[] = [];
for (const rule of MAINTAINED_RULES) {
  const scope = scopeOf(rule.meta.id);
  if (!scope) {
    UNSCOPED.push(rule);
    continue;
  }
  const group = GROUPS.find((g) => scopeKey(g) === scopeKey(scope));
  if (group) group.rules.push(rule);
  else GROUPS.push({ literals: scope.literals, reach: scope.reach, rules: [rule] });
}

const findLiteralLines = literalLineFinder(GROUPS.flatMap((g) => g.literals));

/** A range a maintained rule reported, in the message's offsets. */
export interface RuleReport {
  ruleId: string;
  start: number;
  end: number;
}

async function lint(text: string, rules: readonly MaintainedRule[]): Promise<RuleReport[]> {
  const result = await lintSource({
    source: { content: text, filePath: 'message.txt', ext: '.txt', contentType: 'text' },
    options: { config: { rules: rules.map((rule) => ({ id: rule.meta.id, rule })) }, noPhysicFilePath: true },
  });
  // secretlint drops a leading byte-order mark before its rules run, so their ranges are one short.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return result.messages.filter((m) => m.type === 'message').map((m) => ({ ruleId: m.ruleId, start: m.range[0] + shift, end: m.range[1] + shift }));
}

/**
 * What the maintained rules report in `text`. Each rule runs only where it can match (see
 * maintained-rule-scopes.ts): on an excerpt of the lines holding its literal, or on the whole
 * text when its matches can span lines and the text holds its literal; rules without a scope
 * always run on the whole text. `lowercase` is `text.toLowerCase()`, if the caller has it.
 */
export async function scanWithMaintainedRules(text: string, lowercase?: string): Promise<RuleReport[]> {
  const literalLines = findLiteralLines(text, lowercase);
  const { lineStarts } = literalLines;
  const lineCount = lineStarts.length;
  const wholeText = [...UNSCOPED];
  const reports: RuleReport[] = [];
  // One line mask for all the groups, cleared for each: most texts hold the literals of a few.
  let selected: Uint8Array | undefined;
  for (const group of GROUPS) {
    if (!holdsAnyOf(literalLines, group.literals)) continue;
    if (selected) selected.fill(0);
    else selected = new Uint8Array(lineCount);
    for (const literal of group.literals) {
      for (const line of literalLines.linesOf(literal)) {
        selected[line] = 1;
        if (typeof group.reach === 'number') markReach(text, lineStarts, selected, line, group.reach);
      }
    }
    const lines: number[] = [];
    for (let line = 0; line < lineCount; line++) if (selected[line]) lines.push(line);
    if (group.reach === 'any' || lines.length === lineCount) {
      wholeText.push(...group.rules);
      continue;
    }
    const excerpt = excerptOfLines(text, lineStarts, lines);
    for (const report of await lint(excerpt.text, group.rules)) {
      const start = excerpt.toTextOffset(report.start);
      reports.push({ ruleId: report.ruleId, start, end: start + (report.end - report.start) });
    }
  }
  if (wholeText.length > 0) reports.push(...(await lint(text, wholeText)));
  return reports;
}

function holdsAnyOf(literalLines: LiteralLines, literals: readonly string[]): boolean {
  for (const literal of literals) if (literalLines.linesOf(literal).length > 0) return true;
  return false;
}

const BLANK_LINE = /[^\S\n]*(?:\n|$)/y;

/** Marks the lines after `line` that a match starting on it can reach: `reach` non-blank lines and the blank lines before them. */
function markReach(text: string, lineStarts: ArrayLike<number>, selected: Uint8Array, line: number, reach: number): void {
  let left = reach;
  for (let next = line + 1; left > 0 && next < lineStarts.length; next++) {
    selected[next] = 1;
    BLANK_LINE.lastIndex = lineStarts[next];
    if (!BLANK_LINE.test(text)) left--;
  }
}

/** secretlint rule ids (without the common prefix) to the kinds people are warned about. */
const KINDS: Record<string, SecretKind> = {
  aws: 'aws-secret-access-key',
  slack: 'slack-token',
  privatekey: 'private-key',
  'database-connection-string': 'url-password',
  basicauth: 'url-password',
  github: 'service-token',
  gitlab: 'service-token',
  npm: 'service-token',
  'hashicorp-vault': 'service-token',
  '1password': 'service-token',
  docker: 'service-token',
  vercel: 'service-token',
  databricks: 'service-token',
  grafana: 'service-token',
  linear: 'service-token',
  notion: 'service-token',
  figma: 'service-token',
  huggingface: 'service-token',
  openai: 'api-key',
  anthropic: 'api-key',
  groq: 'api-key',
  sendgrid: 'api-key',
  shopify: 'api-key',
  gcp: 'private-key',
};

export interface FoundSecret {
  start: number;
  end: number;
  kind: SecretKind;
}

function kindOf(ruleId: string): SecretKind {
  const short = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  return KINDS[short] ?? 'generic-secret';
}

/** Characters a token value is made of: a reported range is widened over them. */
const TOKEN_CHAR = /[A-Za-z0-9+/=_~.%-]/;
const MAX_WIDEN = 8192;
/** `NAME=`, `"name": "`, `Name: ` at the start of a reported range: a label to keep. */
const LEADING_LABEL = /^[A-Za-z_][A-Za-z0-9_.-]{0,80}["']?\s{0,3}[:=]\s{0,3}["']?/;

/** The secret's extent: the reported range without a leading label, widened to the end of its token. */
function secretExtent(text: string, start: number, end: number): { start: number; end: number } {
  const label = LEADING_LABEL.exec(text.slice(start, Math.min(end, start + 128)));
  // A URL's scheme ("postgres://") looks like a label but the range is the credential inside it.
  if (label && !text.startsWith('//', start + label[0].length) && start + label[0].length < end) start += label[0].length;
  let widened = end;
  while (widened < text.length && widened - end < MAX_WIDEN && TOKEN_CHAR.test(text[widened])) widened++;
  return { start, end: widened };
}

/** Where the maintained rules see secrets in `text` (overlapping ranges merged), in order; `lowercase` as for scanWithMaintainedRules. */
export async function findWithMaintainedRules(text: string, lowercase?: string): Promise<FoundSecret[]> {
  const found = (await scanWithMaintainedRules(text, lowercase))
    .map((r) => ({ ...secretExtent(text, r.start, r.end), kind: kindOf(r.ruleId) }))
    .sort((a, b) => a.start - b.start);
  const merged: FoundSecret[] = [];
  for (const secret of found) {
    const last = merged[merged.length - 1];
    if (last && secret.start <= last.end) last.end = Math.max(last.end, secret.end);
    else merged.push(secret);
  }
  return merged;
}
