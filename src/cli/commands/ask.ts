/**
 * `kb ask "text" [--json]`: answers one message as the assistant would (no thread). Fast from a
 * shell: it reads the knowledge copy and the index `npm run build` wrote, and loads the Markdown
 * parsers only when the articles changed since.
 */
import path from 'node:path';
import { defaultIndexPath, loadEngine } from '../../engine/load-engine';
import { defaultArticlesDir } from '../../knowledge/paths';
import type { Reply } from '../../reply/model';
import { knowledgeCachePath, readKnowledgeCache } from '../knowledge-cache';
import { option } from '../options';

export const summary = 'answer a message from the command line (--json prints the reply model)';

function readable(reply: Reply, outcome: string | null, ms: number): string {
  const head = `[${outcome ?? reply.kind}${reply.kind === 'answer' ? `, confidence ${reply.confidence}` : ''}, ${ms.toFixed(2)} ms]`;
  return `${head}\n${reply.text}\n`;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') continue;
    if (args[i] === '--knowledge' || args[i] === '--index') {
      i++;
      continue;
    }
    positional.push(args[i]);
  }
  const text = positional.join(' ').trim();
  if (!text) {
    process.stderr.write('usage: kb ask "pasted error or question" [--json] [--knowledge DIR] [--index PATH]\n');
    return 2;
  }
  const knowledgeDir = path.resolve(option(args, '--knowledge') ?? defaultArticlesDir());
  const indexPath = path.resolve(option(args, '--index') ?? defaultIndexPath());
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
  process.stdout.write(json ? `${JSON.stringify(result.reply, null, 2)}\n` : readable(result.reply, result.outcome, ms));
  return 0;
}
