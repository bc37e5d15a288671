/** `kb lint [DIR]`: validates the articles; exit code 1 when any article fails to load. */
import { loadKnowledge } from '../../knowledge/load';
import { lintKnowledge } from '../../knowledge/lint';
import { knowledgeDirFor } from '../knowledge-paths';

/** One line for `kb help`. */
export const summary = 'validate knowledge/articles/*.md (errors fail, warnings inform) [DIR]';
export const usage = 'usage: npm run kb -- lint [DIR]';

/** Prints one line per finding and a total; 1 on any error. */
export async function run(args: string[]): Promise<number> {
  const dir = knowledgeDirFor(args.find((a) => !a.startsWith('-')));
  const knowledge = await loadKnowledge(dir);
  const findings = lintKnowledge(knowledge);
  for (const f of findings) {
    const stream = f.severity === 'error' ? process.stderr : process.stdout;
    stream.write(`${f.severity}: ${f.file}: ${f.field}: ${f.message}\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  process.stdout.write(`${knowledge.articles.length} articles loaded, ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 ? 1 : 0;
}
