/**
 * The maintained credential rule set: the rules of secretlint's recommended preset (all but its
 * comment filter), run in-process on the message. It finds where secrets are; replacing them is done here, from the found ranges, so the
 * label before a value (`NPM_TOKEN=`) stays and the value goes whole even when a rule reports
 * only part of it.
 */
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
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

const CONFIG = { rules: MAINTAINED_RULES.map((rule) => ({ id: rule.meta.id, rule })) };

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

/** Where the maintained rules see secrets in `text` (overlapping ranges merged), in order. */
export async function findWithMaintainedRules(text: string): Promise<FoundSecret[]> {
  const result = await lintSource({
    source: { content: text, filePath: 'message.txt', ext: '.txt', contentType: 'text' },
    options: { config: CONFIG, noPhysicFilePath: true },
  });
  const found = result.messages
    .filter((m) => m.type === 'message')
    .map((m) => ({ ...secretExtent(text, m.range[0], m.range[1]), kind: kindOf(m.ruleId) }))
    .sort((a, b) => a.start - b.start);
  const merged: FoundSecret[] = [];
  for (const secret of found) {
    const last = merged[merged.length - 1];
    if (last && secret.start <= last.end) last.end = Math.max(last.end, secret.end);
    else merged.push(secret);
  }
  return merged;
}
