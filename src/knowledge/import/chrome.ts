/**
 * Site chrome and advertisements the help-center pages print around articles. Each pattern matches
 * one whole (trimmed) line; matching lines are dropped before articles are split out. The list is
 * about the site, never about a particular article: add a pattern here when a new page shows new chrome.
 */

/** A documented line pattern: what it is, and the regex a trimmed line must match entirely. */
export interface ChromePattern {
  kind: 'chrome' | 'ad';
  pattern: RegExp;
}

/** Every line the importer removes as site furniture. */
const CHROME_PATTERNS: readonly ChromePattern[] = [
  { kind: 'chrome', pattern: /^×$/ },
  { kind: 'chrome', pattern: /^Welcome to Knowledge Base!$/ },
  { kind: 'chrome', pattern: /^KB at your finger tips$/ },
  { kind: 'chrome', pattern: /^This is one stop global knowledge base\b.*$/ },
  { kind: 'chrome', pattern: /^Categories$/ },
  { kind: 'chrome', pattern: /^All$/ },
  { kind: 'chrome', pattern: /^Cloud-AWS$/ },
  { kind: 'chrome', pattern: /^Did this article help\?$/ },
  { kind: 'chrome', pattern: /^Submit feedback$/ },
  { kind: 'chrome', pattern: /^Do you need billing or technical support\?$/ },
  { kind: 'chrome', pattern: /^Contact AWS Support$/ },
  { kind: 'chrome', pattern: /^Read article$/ },
  { kind: 'ad', pattern: /^Stay Ahead in Today[’']s Competitive Market!?$/ },
  { kind: 'ad', pattern: /^Unlock your company[’']s full potential\b.*$/ },
  { kind: 'ad', pattern: /^Book A Meeting To Setup A VDC.*$/ },
  { kind: 'ad', pattern: /^Still Thinking\?$/ },
  { kind: 'ad', pattern: /^Give us a try!$/ },
  { kind: 'ad', pattern: /^We embrace agility in everything we do\.?$/ },
  { kind: 'ad', pattern: /^Our onboarding process is both simple and meaningful\.?$/ },
  { kind: 'ad', pattern: /^We can[’']t wait to welcome you on AiDOOS!?$/ },
];

/** True when the line is site chrome or an advertisement. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && CHROME_PATTERNS.some(({ pattern }) => pattern.test(trimmed));
}

/** The page's lines without chrome and ads; blank lines are kept so paragraph breaks survive. */
export function stripChrome(lines: readonly string[]): string[] {
  return lines.filter((line) => !isChromeLine(line));
}
