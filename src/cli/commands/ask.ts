/**
 * `kb ask "text" [--json]`: answers one message as the assistant would (no thread). Fast from a
 * shell: it reads the knowledge copy and the index `npm run build` wrote, and loads the Markdown
 * parsers only when the articles changed since.
 */
import { loadEngine } from '../../engine/load-engine';
import type { Reply } from '../../reply/model';
import { knowledgeCachePath, readKnowledgeCache } from '../knowledge-cache';
import { indexPathFor, knowledgeDirFor } from '../knowledge-paths';
import { option } from '../options';

export const summary = 'answer a message from the command line (--json prints the reply model)';
export const usage = 'usage: npm run kb -- ask "pasted error or question" [--json] [--all] [--knowledge DIR] [--index PATH]';

/** Lines of a reply shown before the rest is left to --all (about a terminal screen). */
const SHOWN_LINES = 60;

/** The reply as text, in the article's order; a long one is cut with a note on how to see the rest. */
export function readable(reply: Reply, outcome: string | null, ms: number, all = false): string {
  const head = `[${outcome ?? reply.kind}${reply.kind === 'answer' ? `, confidence ${reply.confidence}` : ''}, ${ms.toFixed(2)} ms]`;
  const lines = reply.text.split('\n');
  if (all || lines.length <= SHOWN_LINES) return `${head}\n${reply.text}\n`;
  return `${head}\n${lines.slice(0, SHOWN_LINES).join('\n')}\n… ${lines.length - SHOWN_LINES} more lines: show more with --all\n`;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json' || args[i] === '--all') continue;
    if (args[i] === '--knowledge' || args[i] === '--index') {
      i++;
      continue;
    }
    positional.push(args[i]);
  }
  const text = positional.join(' ').trim();
  if (!text) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const knowledgeDir = knowledgeDirFor(option(args, '--knowledge'));
  const indexPath = indexPathFor(option(args, '--index'));
  const knowledge = readKnowledgeCache(knowledgeCachePath(indexPath), knowledgeDir);
  const { engine, problems } = await loadEngine({
    knowledgeDir,
    indexPath,
    ...(knowledge ? { knowledge } : {}),
    // One message: warming the caches for thousands more would cost more than it saves.
    warmUp: false,
  });
  for (const p of problems) process.stderr.write(`kb ask: skipped ${p.file}: ${p.field}: ${p.message}\n`);
  const started = performance.now();
  const result = engine.respond(text);
  const ms = performance.now() - started;
  process.stdout.write(json ? `${JSON.stringify(result.reply, null, 2)}\n` : readable(result.reply, result.outcome, ms, args.includes('--all')));
  return 0;
}
