/**
 * `kb report [--json] [--limit N]`: what to write next. Reads the same store the server writes —
 * the JSON-lines files in STATE_DIR, or Redis when REDIS_URL is set (plus any records the local
 * fallback kept during an outage) — and prints unanswered and "not it" questions grouped by error
 * signature, helpful/not helpful per article (clicked and typed), escalations per article by state,
 * and the most-matched articles.
 */
import path from 'node:path';
import { ConfigError, loadConfig, readEnvironment, type Environment } from '../../config/load';
import { loadKnowledge } from '../../knowledge/load';
import { createLogger } from '../../observability/logger';
import { createStore } from '../../store/create-store';
import { normalizeSignature, summarizeRecords, type ReportSummary } from '../../store/report-summary';

/** One line for `kb help`. */
export const summary = 'unanswered and "not it" questions by error signature, feedback (clicked and typed) and escalations per article, most-matched articles [--json] [--limit N]';

/** Parsed command-line options. */
export interface ReportOptions {
  json: boolean;
  limit: number;
}

/** Parses the options, or returns the usage error to print. */
export function parseReportArgs(args: string[]): ReportOptions | string {
  const options: ReportOptions = { json: false, limit: 20 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--limit') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1) return '--limit needs a whole number of rows, e.g. --limit 50';
      options.limit = value;
    } else return `unknown option ${JSON.stringify(arg)}; usage: kb report [--json] [--limit N]`;
  }
  return options;
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The plain-text report; `title` turns an article id into its title where known. */
function formatReport(report: ReportSummary, title: (articleId: string) => string, limit: number, source: string): string {
  const t = report.totals;
  const lines: string[] = [
    `kb report — ${t.answer} answered, ${t.clarify} clarified, ${t.none} unanswered; feedback ${t.helpful} helpful, ${t.notHelpful} not helpful (${t.typed} typed); escalations ${t.escalations.open} open, ${t.escalations.taken} taken, ${t.escalations.resolved} resolved (${source})`,
    '',
    'Unanswered and "not it" questions, by error signature',
  ];
  if (report.unanswered.length === 0) lines.push('  none recorded');
  else {
    lines.push('  count  none  not-it  signature');
    for (const group of report.unanswered.slice(0, limit)) {
      lines.push(`  ${pad(group.count, 5)}  ${pad(group.none, 4)}  ${pad(group.notIt, 6)}  ${oneLine(group.signature, 100)}`);
      if (group.example && normalizeSignature(group.example) !== group.signature) lines.push(`${' '.repeat(23)}e.g. "${oneLine(group.example, 90)}"`);
      if (group.rejected.length > 0) lines.push(`${' '.repeat(23)}rejected: ${group.rejected.map((r) => `${title(r.articleId)} (${r.count})`).join('; ')}`);
    }
    if (report.unanswered.length > limit) lines.push(`  … ${report.unanswered.length - limit} more (--limit N)`);
  }
  lines.push('', 'Feedback by article');
  if (report.feedback.length === 0) lines.push('  none recorded');
  else {
    lines.push('  helpful  not  typed  article');
    for (const entry of report.feedback.slice(0, limit)) lines.push(`  ${pad(entry.helpful, 7)}  ${pad(entry.notHelpful, 3)}  ${pad(entry.typed, 5)}  ${title(entry.articleId)}`);
  }
  lines.push('', 'Escalations (Ask an expert) by the article shown');
  if (report.escalations.length === 0) lines.push('  none recorded');
  else {
    lines.push('  open  taken  resolved  article');
    for (const entry of report.escalations.slice(0, limit)) {
      lines.push(`  ${pad(entry.open, 4)}  ${pad(entry.taken, 5)}  ${pad(entry.resolved, 8)}  ${entry.articleId ? title(entry.articleId) : '(no article shown)'}`);
    }
  }
  lines.push('', 'Most-matched articles');
  if (report.mostMatched.length === 0) lines.push('  none recorded');
  else {
    lines.push('  answers  article');
    for (const entry of report.mostMatched.slice(0, limit)) lines.push(`  ${pad(entry.count, 7)}  ${title(entry.articleId)}`);
  }
  return lines.join('\n') + '\n';
}

/** Where the report and its warnings are written. */
export interface ReportIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const STDIO: ReportIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** The `kb report` entry point (real environment, stdout/stderr). */
export function run(args: string[]): Promise<number> {
  return report(args, readEnvironment(), STDIO);
}

/** The command with its environment and output passed in (tests give literal ones). */
export async function report(args: string[], env: Environment, io: ReportIo): Promise<number> {
  const options = parseReportArgs(args);
  if (typeof options === 'string') {
    io.err(`kb report: ${options}\n`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`kb report: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const logger = createLogger('error');
  const store = await createStore(config, { logger, connectWaitMs: 3_000 });
  try {
    const health = await store.health();
    if (!health.ok) io.err(`kb report: ${health.detail ?? 'store unavailable'}; showing what is available locally\n`);
    const [unanswered, feedback, answers, escalations] = await Promise.all([store.listUnanswered(), store.listFeedback(), store.listAnswers(), store.listEscalations()]);
    const report = summarizeRecords({ unanswered, feedback, answers, escalations });
    if (options.json) {
      io.out(JSON.stringify(report, null, 2) + '\n');
      return 0;
    }
    const titles = new Map<string, string>();
    try {
      const { articles } = await loadKnowledge(path.resolve(config.knowledgeDir));
      for (const article of articles) titles.set(article.id, article.displayTitle);
    } catch {
      // Titles are a nicety: ids are printed when the articles cannot be read.
    }
    const source = store.kind === 'redis' ? 'store: redis' : `store: ${config.stateDir}`;
    io.out(formatReport(report, (id) => titles.get(id) ?? id, options.limit, source));
    return 0;
  } finally {
    await store.close();
  }
}
