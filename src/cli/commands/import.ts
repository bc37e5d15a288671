/** `kb import [--in DIR] [--out DIR]`: turns the scraped source pages into Markdown articles. */
import path from 'node:path';
import { readSourcePages, importPages, writeImport } from '../../knowledge/import/run-import';
import { parseArticle } from '../../knowledge/load';
import { defaultArticlesDir, defaultSourcesDir, projectRoot } from '../../knowledge/paths';
import { option } from '../options';

/** One line for `kb help`. */
export const summary = 'import knowledge/sources/*.txt into knowledge/articles/*.md (--in DIR, --out DIR)';


/** Runs the import; exit code 1 when the output would not load back cleanly. */
export async function run(args: string[]): Promise<number> {
  const inDir = path.resolve(option(args, '--in') ?? defaultSourcesDir());
  const outDir = path.resolve(option(args, '--out') ?? defaultArticlesDir());
  const pages = readSourcePages(inDir);
  if (pages.length === 0) {
    process.stderr.write(`kb import: no *.txt pages in ${inDir}\n`);
    return 1;
  }
  const relOut = path.relative(projectRoot(), outDir).split(path.sep).join('/') || '.';
  const result = importPages(pages, relOut);
  // The written files must load back without problems; otherwise the importer has a bug.
  const problems = result.files.flatMap((file) => parseArticle(file.content, `${relOut}/${file.name}`).problems);
  for (const p of problems) process.stderr.write(`kb import: ${p.file}: ${p.field}: ${p.message}\n`);
  writeImport(result, outDir);
  for (const merge of result.merges) {
    const note = merge.identical ? '' : ` — copies differ, kept the fuller one from ${merge.kept}`;
    process.stdout.write(`merged: ${merge.title} (${merge.sources.join(', ')})${note}\n`);
  }
  process.stdout.write(`imported ${result.copies} article copies from ${pages.length} pages into ${result.files.length} articles in ${relOut}\n`);
  return problems.length > 0 ? 1 : 0;
}
