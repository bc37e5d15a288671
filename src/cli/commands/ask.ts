/** `kb ask "text" [--json]`: answers one message as the assistant would (no thread). */
import path from 'node:path';
import { defaultIndexPath, loadEngine } from '../../engine/load-engine';
import { defaultArticlesDir } from '../../knowledge/paths';
import type { Reply } from '../../reply/model';
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
  const { engine, problems } = await loadEngine({
    knowledgeDir: path.resolve(option(args, '--knowledge') ?? defaultArticlesDir()),
    indexPath: path.resolve(option(args, '--index') ?? defaultIndexPath()),
  });
  for (const p of problems) process.stderr.write(`kb ask: skipped ${p.file}: ${p.field}: ${p.message}\n`);
  const started = performance.now();
  const result = engine.respond(text);
  const ms = performance.now() - started;
  process.stdout.write(json ? `${JSON.stringify(result.reply, null, 2)}\n` : readable(result.reply, result.outcome, ms));
  return 0;
}
