/** `kb build [--out PATH] [--knowledge DIR]`: builds the search index JSON (stamped with the knowledge fingerprint). */
import fs from 'node:fs';
import path from 'node:path';
import { buildIndexFile } from '../../engine/load-engine';
import { loadKnowledge } from '../../knowledge/load';
import { PROFILE_FILE } from '../../knowledge/paths';
import { loadProfile } from '../../knowledge/profile';
import { knowledgeCachePath, writeKnowledgeCache } from '../knowledge-cache';
import { indexPathFor, knowledgeDirFor } from '../knowledge-paths';
import { option } from '../options';

export const summary = 'build the search index (dist/kb-index.json) from knowledge/articles';
export const usage = 'usage: npm run kb -- build [--out PATH] [--knowledge DIR]';

export async function run(args: string[]): Promise<number> {
  const out = indexPathFor(option(args, '--out'));
  const knowledgeDir = knowledgeDirFor(option(args, '--knowledge'));
  const started = performance.now();
  const built = await buildIndexFile(knowledgeDir);
  for (const p of built.problems) process.stderr.write(`kb build: skipped ${p.file}: ${p.field}: ${p.message}\n`);
  if (built.articleCount === 0) {
    process.stderr.write(`kb build: no articles in ${knowledgeDir}\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, built.json);
  // Beside the index: the loaded articles, which `kb ask` reads instead of parsing the Markdown.
  writeKnowledgeCache(knowledgeCachePath(out), knowledgeDir, { ...(await loadKnowledge(knowledgeDir)), profile: (await loadProfile(knowledgeDir, path.join(knowledgeDir, PROFILE_FILE))).profile });
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `kb build: ${built.articleCount} articles, ${built.sectionCount} sections -> ${shown(out)} (${Math.round(built.json.length / 1024)} KB, fingerprint ${built.fingerprint.slice(0, 12)}) in ${ms} ms\n`,
  );
  return 0;
}

/** A path as short as it reads well: relative below the working directory, absolute elsewhere. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}
