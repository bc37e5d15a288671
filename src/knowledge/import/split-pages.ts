/**
 * Cuts one scraped page into article copies. An article starts with its title line, then its
 * question line, then "Last updated: YYYY-MM-DD"; it runs until the next article's title.
 */
import { stripChrome } from './chrome';

/** One article copy as printed on a page, before block parsing. */
export interface ArticleCopy {
  source: string;
  title: string;
  question: string;
  updated: string;
  /** Lines after the "Last updated" line, chrome removed, trailing blank lines trimmed. */
  lines: string[];
}

const UPDATED = /^Last updated:\s*(\d{4}-\d{2}-\d{2})\s*$/;

function previousNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i >= 0; i--) if (lines[i].trim() !== '') return i;
  return -1;
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/** Every article copy on a page, in page order. */
export function splitPage(text: string, source: string): ArticleCopy[] {
  const lines = stripChrome(text.replace(/\r\n?/g, '\n').split('\n'));
  const heads: { titleAt: number; questionAt: number; updatedAt: number; updated: string }[] = [];
  lines.forEach((line, i) => {
    const match = UPDATED.exec(line.trim());
    if (!match) return;
    const questionAt = previousNonBlank(lines, i - 1);
    const titleAt = previousNonBlank(lines, questionAt - 1);
    if (questionAt < 0 || titleAt < 0) throw new Error(`${source}: "Last updated" at line ${i + 1} has no title and question above it`);
    heads.push({ titleAt, questionAt, updatedAt: i, updated: match[1] });
  });
  return heads.map((head, n) => {
    const end = n + 1 < heads.length ? heads[n + 1].titleAt : lines.length;
    return {
      source,
      title: lines[head.titleAt].trim(),
      question: lines[head.questionAt].trim(),
      updated: head.updated,
      lines: trimBlankEdges(lines.slice(head.updatedAt + 1, end)),
    };
  });
}
