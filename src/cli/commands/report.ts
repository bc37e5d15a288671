/**
 * `kb report [--period 24h|7d|30d] [--json] [--limit N]`: what the assistant answered and missed,
 * and what to write next. Reads the same store the server writes — the JSON-lines files in
 * STATE_DIR, or Redis when REDIS_URL is set (plus any records the local fallback kept during an
 * outage) — through the same functions as the /insights page, so both give the same figures.
 */
import { ConfigError, loadConfig, readEnvironment, type Environment } from '../../config/load';
import { loadEngine } from '../../engine/load-engine';
import { createArticleCatalog } from '../../insights/catalog';
import { closestArticles } from '../../insights/closest';
import { loadInsights } from '../../insights/load-insights';
import { parsePeriod, PERIOD_NAMES, type PeriodName } from '../../insights/period';
import type { InsightsReport } from '../../insights/summarize';
import { createLogger } from '../../observability/logger';
import { createStore } from '../../store/create-store';

/** One line for `kb help`. */
export const summary = 'questions, answers and feedback per article, and the gaps to write next [--period 24h|7d|30d] [--json] [--limit N]';

/** Parsed command-line options. */
export interface ReportOptions {
  json: boolean;
  limit: number;
  period: PeriodName;
}

export const usage = 'usage: npm run kb -- report [--period 24h|7d|30d] [--json] [--limit N]';

/** Parses the options, or returns the usage error to print. */
export function parseReportArgs(args: string[]): ReportOptions | string {
  const options: ReportOptions = { json: false, limit: 20, period: '30d' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--limit') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1) return '--limit needs a whole number of rows, e.g. --limit 50';
      options.limit = value;
    } else if (arg === '--period') {
      const period = parsePeriod(args[++i]);
      if (!period) return `--period needs one of ${PERIOD_NAMES.join(', ')}`;
      options.period = period;
    } else return `unknown option ${JSON.stringify(arg)}; ${usage}`;
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

function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

const PERIOD_WORDS: Record<PeriodName, string> = { '24h': 'last 24 hours', '7d': 'last 7 days', '30d': 'last 30 days' };

/** The plain-text report. */
export function formatReport(report: InsightsReport, limit: number, source: string): string {
  const t = report.totals;
  const time = report.answerTime;
  const lines: string[] = [
    `kb report — ${PERIOD_WORDS[report.period.name]} (from ${report.period.from.slice(0, 16).replace('T', ' ')} UTC; ${source})`,
    `  ${t.questions} questions: ${t.answer} answered, ${t.clarify} clarified, ${t.none} unanswered; ${t.solved} solved, ${t.notIt} not it (${t.typedFeedback} of them typed), ${t.escalations} escalated`,
    `  solved rate ${percent(t.solvedRate)}, not-it rate ${percent(t.notItRate)}; answer time p50 ${time.p50Ms ?? '–'} ms, p99 ${time.p99Ms ?? '–'} ms`,
    '',
    'Gaps: unanswered and "not it" questions, by error signature',
  ];
  if (report.gaps.length === 0) lines.push('  none recorded');
  else {
    lines.push('  count  none  not-it  threads  signature');
    const indent = ' '.repeat(33);
    for (const gap of report.gaps.slice(0, limit)) {
      lines.push(`  ${pad(gap.count, 5)}  ${pad(gap.none, 4)}  ${pad(gap.notIt, 6)}  ${pad(gap.threads, 7)}  ${oneLine(gap.signature, 100)}`);
      if (gap.examples[0]) lines.push(`${indent}e.g. "${oneLine(gap.examples[0], 90)}"`);
      if (gap.rejected.length > 0) lines.push(`${indent}rejected: ${gap.rejected.map((r) => `${r.title} (${r.count})`).join('; ')}`);
      if (gap.closest.length > 0) lines.push(`${indent}closest: ${gap.closest.map((c) => c.title).join('; ')}`);
    }
    if (report.gaps.length > limit) lines.push(`  … ${report.gaps.length - limit} more (--limit N)`);
  }
  lines.push('', 'Articles');
  if (report.articles.length === 0) lines.push('  none recorded');
  else {
    lines.push('  answers  solved  not-it  escalated (open/taken/resolved)  article');
    for (const a of report.articles.slice(0, limit)) {
      const e = a.escalationStates;
      lines.push(`  ${pad(a.answers, 7)}  ${pad(a.solved, 6)}  ${pad(a.notIt, 6)}  ${pad(a.escalations, 9)} ${pad(`(${e.open}/${e.taken}/${e.resolved})`, 22)}  ${a.title}`);
    }
  }
  lines.push('', 'Sections');
  if (report.sections.length === 0) lines.push('  none recorded');
  else {
    lines.push('  answers  solved  not-it  escalated  section');
    for (const s of report.sections.slice(0, limit)) lines.push(`  ${pad(s.answers, 7)}  ${pad(s.solved, 6)}  ${pad(s.notIt, 6)}  ${pad(s.escalations, 9)}  ${s.title} › ${s.heading}`);
  }
  lines.push('');
  if (report.unknownArticleRecords > 0) lines.push(`${report.unknownArticleRecords} records naming articles the knowledge base does not have were left out.`);
  lines.push(`Records older than ${report.retentionDays} days are deleted from the store (RETENTION_DAYS).`);
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

/** The command with its environment, output and clock passed in (tests give literal ones). */
export async function report(args: string[], env: Environment, io: ReportIo, now: () => number = Date.now): Promise<number> {
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
  // Titles, headings and the closest articles to each gap come from the knowledge base.
  const { engine, articles } = await loadEngine({ knowledgeDir: config.knowledgeDir, indexPath: config.indexPath, warmUp: false });
  const catalog = createArticleCatalog(articles);
  const store = await createStore(config, { logger, connectWaitMs: 3_000 });
  try {
    const health = await store.health();
    if (!health.ok) io.err(`kb report: ${health.detail ?? 'store unavailable'}; showing what is available locally\n`);
    const insights = await loadInsights(store, { period: options.period, now: now(), retentionDays: config.retentionDays, catalog, closest: closestArticles(engine, catalog) });
    if (options.json) {
      io.out(JSON.stringify(insights, null, 2) + '\n');
      return 0;
    }
    const source = store.kind === 'redis' ? 'store: redis' : `store: ${config.stateDir}`;
    io.out(formatReport(insights, options.limit, source));
    return 0;
  } finally {
    await store.close();
  }
}
