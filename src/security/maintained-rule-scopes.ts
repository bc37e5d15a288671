/**
 * Where each maintained (secretlint) rule can find anything, read from the rules' own patterns:
 * a literal that every match contains, and how far a match can reach from the line holding it.
 * maintained-rules.ts runs each rule only there, so a 40,000-character paste costs each rule a
 * few short lines instead of the whole text. A rule not listed here runs on the whole text, so a
 * rule added by a newer preset is never skipped; test/security/maintained-rule-scopes.test.ts
 * checks that scoped and whole-text runs find the same secrets.
 */

export interface RuleScope {
  /** Every match contains one of these; they are looked for without regard to case, which can only select more. */
  literals: readonly string[];
  /**
   * How far a match reaches from the line holding its literal (it never starts on an earlier
   * line): 0, that line only (no pattern of the rule can match a line break); n, also into the
   * next n lines that are not blank and the blank lines before them; 'any', anywhere (the rule
   * runs on the whole text, when the text holds its literal at all).
   */
  reach: number | 'any';
}

const ID_PREFIX = '@secretlint/secretlint-rule-';

const SCOPES: Readonly<Record<string, RuleScope>> = {
  // `AWS_SECRET_ACCESS_KEY = value`: the `\s*` either side of the separator can cross line
  // breaks, so the separator and the value can each be on a later line.
  aws: { literals: ['secret'], reach: 2 },
  // Only reads .json and .p12 sources (messages are .txt); a service-account key names "private_key".
  gcp: { literals: ['private_key'], reach: 'any' },
  // A PEM block spans lines.
  privatekey: { literals: ['-----BEGIN'], reach: 'any' },
  // `_authToken=` takes one character of any kind (a line break too), then the rest of that line.
  npm: { literals: ['npm_', '_authToken=', ':x-oauth-basic@'], reach: 1 },
  basicauth: { literals: ['://'], reach: 0 },
  slack: { literals: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'hooks.slack.com/'], reach: 0 },
  sendgrid: { literals: ['SG.'], reach: 0 },
  shopify: { literals: ['shppa_', 'shpca_', 'shpat_', 'shpss_'], reach: 0 },
  openai: { literals: ['sk-'], reach: 0 },
  anthropic: { literals: ['sk-ant-api0'], reach: 0 },
  groq: { literals: ['gsk_'], reach: 0 },
  huggingface: { literals: ['hf_'], reach: 0 },
  linear: { literals: ['lin_api_'], reach: 0 },
  notion: { literals: ['ntn_'], reach: 0 },
  github: { literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], reach: 0 },
  gitlab: { literals: ['glpat-'], reach: 0 },
  grafana: { literals: ['glc_', 'glsa_'], reach: 0 },
  '1password': { literals: ['ops_'], reach: 0 },
  'database-connection-string': { literals: ['://'], reach: 0 },
  'hashicorp-vault': { literals: ['hvs.', 'hvb.', 'hvr.'], reach: 0 },
  vercel: { literals: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], reach: 0 },
  databricks: { literals: ['dapi'], reach: 0 },
  docker: { literals: ['dckr_pat_'], reach: 0 },
  figma: { literals: ['figd_'], reach: 0 },
};

/** The scope of the rule with this id, or undefined when the rule must see the whole text. */
export function scopeOf(ruleId: string): RuleScope | undefined {
  return ruleId.startsWith(ID_PREFIX) ? SCOPES[ruleId.slice(ID_PREFIX.length)] : undefined;
}
