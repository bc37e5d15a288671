/**
 * The insights tables as CSV (RFC 4180: comma-separated, CRLF, quoted where needed) and the gaps
 * as JSON lines, for a team's tracker or spreadsheet. Cells a spreadsheet would run as a formula
 * (=, +, -, @ first) get a leading apostrophe: the examples are text people pasted.
 */
import type { Gap } from './gaps';
import type { InsightsReport } from './summarize';

/** The tables that export as CSV. */
export const CSV_TABLES = ['activity', 'articles', 'sections', 'gaps'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** One table of `report` as CSV text. */
export function tableCsv(report: InsightsReport, table: CsvTable): string {
  switch (table) {
    case 'activity': {
      const surfaces = report.activity.surfaces;
      return toCsv(
        [report.period.bucket === 'hour' ? 'hour' : 'day', 'questions', ...surfaces, 'answer', 'clarify', 'none', 'solved', 'not_it', 'solved_rate', 'not_it_rate'],
        report.activity.buckets.map((b) => [b.start, b.questions, ...surfaces.map((s) => b.bySurface[s] ?? 0), b.byOutcome.answer, b.byOutcome.clarify, b.byOutcome.none, b.solved, b.notIt, b.solvedRate, b.notItRate]),
      );
    }
    case 'articles':
      return toCsv(
        ['article_id', 'title', 'answers', 'solved', 'not_it', 'escalations', 'answers_per_bucket'],
        report.articles.map((a) => [a.articleId, a.title, a.answers, a.solved, a.notIt, a.escalations, a.series.join(' ')]),
      );
    case 'sections':
      return toCsv(
        ['article_id', 'section_id', 'title', 'heading', 'answers', 'solved', 'not_it', 'escalations', 'answers_per_bucket'],
        report.sections.map((s) => [s.articleId, s.sectionId, s.title, s.heading, s.answers, s.solved, s.notIt, s.escalations, s.series.join(' ')]),
      );
    case 'gaps':
      return toCsv(
        ['signature', 'count', 'none', 'not_it', 'threads', 'first_seen', 'last_seen', 'examples', 'rejected_articles', 'closest_articles'],
        report.gaps.map((g) => [g.signature, g.count, g.none, g.notIt, g.threads, g.firstAt, g.lastAt, g.examples.join('\n'), g.rejected.map((r) => r.articleId).join(' '), g.closest.map((c) => c.articleId).join(' ')]),
      );
    default: {
      const unknown: never = table;
      throw new Error(`no CSV table ${String(unknown)}`);
    }
  }
}

/** The gaps as JSON lines: one group a line, largest first. */
export function gapsJsonLines(gaps: readonly Gap[]): string {
  return gaps.map((gap) => JSON.stringify(gap) + '\n').join('');
}
