/**
 * Credential redaction, applied to every incoming message before it is logged, stored, searched
 * or quoted back: the project's rules first (they keep labels and error text precisely), then the
 * maintained rule set on what is left. Both cost O(length) on messages adapters have already cut
 * to their limit.
 */
import { findWithMaintainedRules } from './maintained-rules';
import { placeholder, redactWithProjectRules } from './project-rules';
import type { RedactionFinding, Redactor, SecretKind } from './types';

export { placeholder } from './project-rules';

/** Removes credentials from a message; reports how many of each kind were found. */
export const redactSecrets: Redactor = async (input) => {
  const own = redactWithProjectRules(input);
  const counts = new Map<SecretKind, number>(own.findings.map((f) => [f.kind, f.count]));
  let text = own.text;
  const found = await findWithMaintainedRules(text);
  if (found.length > 0) {
    let out = '';
    let from = 0;
    for (const secret of found) {
      const value = text.slice(secret.start, secret.end);
      // Already replaced by a project rule (the maintained rules also match "user:[REDACTED…]@host").
      if (value.includes('[REDACTED:')) continue;
      out += text.slice(from, secret.start) + placeholder(secret.kind);
      from = secret.end;
      counts.set(secret.kind, (counts.get(secret.kind) ?? 0) + 1);
    }
    text = out + text.slice(from);
  }
  const findings: RedactionFinding[] = [...counts].map(([kind, count]) => ({ kind, count }));
  return { text, findings };
};
