/**
 * `kb import`: turns pages into Markdown articles. `kb import PAGES --out DIR` converts a folder of
 * plain Markdown pages (your existing docs); without PAGES it re-creates the shipped articles from
 * the scraped *.txt pages in knowledge/sources (or `--in DIR`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSourcePages, importPages, writeImport } from '../../knowledge/import/run-import';
import { importMarkdownPages, importProblems, type MarkdownPage } from '../../knowledge/import/markdown-pages';
import { parseArticle } from '../../knowledge/load';
import { defaultArticlesDir, defaultSourcesDir, projectRoot } from '../../knowledge/paths';
import { option } from '../options';

/** One line for `kb help`. */
export const summary = 'convert a folder of Markdown pages into articles (PAGES --out DIR), or re-import knowledge/sources';

export const usage = 'usage: npm run kb -- import PAGES --out DIR   (a folder of Markdown pages with # and ## headings)\n       npm run kb -- import [--in DIR] [--out DIR]   (the scraped *.txt pages in knowledge/sources)';

/** Runs the import; exit code 1 when the output would not load back cleanly. */
export async function run(args: string[]): Promise<number> {
  const pagesDir = args.find((arg, i) => !arg.startsWith('--') && !['--in', '--out'].includes(args[i - 1] ?? ''));
  if (pagesDir === undefined) return importSources(path.resolve(option(args, '--in') ?? defaultSourcesDir()), path.resolve(option(args, '--out') ?? defaultArticlesDir()));
  const inDir = path.resolve(pagesDir);
  if (!fs.existsSync(inDir) || !fs.statSync(inDir).isDirectory()) {
    process.stderr.write(`kb import: ${pagesDir} is not a folder\n${usage}\n`);
    return 2;
  }
  return importMarkdown(inDir, option(args, '--out'));
}

function relative(dir: string): string {
  return path.relative(projectRoot(), dir).split(path.sep).join('/') || '.';
}

async function importMarkdown(inDir: string, out: string | undefined): Promise<number> {
  if (!out) {
    process.stderr.write(`kb import: say where the articles go with --out DIR (a new folder, then KNOWLEDGE_DIR=DIR npm start)\n${usage}\n`);
    return 2;
  }
  const outDir = path.resolve(out);
  if (outDir === inDir) {
    process.stderr.write('kb import: --out must be another folder than the pages\n');
    return 2;
  }
  const pages: MarkdownPage[] = fs
    .readdirSync(inDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => {
      const file = path.join(inDir, entry.name);
      return { name: entry.name, text: fs.readFileSync(file, 'utf8'), updated: fs.statSync(file).mtime.toISOString().slice(0, 10) };
    });
  const relOut = relative(outDir);
  const result = importMarkdownPages(pages, relOut);
  const problems = importProblems(result, relOut);
  for (const problem of problems) process.stderr.write(`kb import: ${problem}\n`);
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of result.files) fs.writeFileSync(path.join(outDir, file.name), file.content, 'utf8');
  const copied = result.outcomes.filter((o) => o.how === 'copied').length;
  process.stdout.write(
    `kb import: ${result.outcomes.length - copied} pages converted${copied ? `, ${copied} already articles copied as is` : ''} into ${out}\n` +
      `Next: npm run kb -- lint ${out}, then KNOWLEDGE_DIR=${out} npm start\n`,
  );
  return problems.length > 0 ? 1 : 0;
}

async function importSources(inDir: string, outDir: string): Promise<number> {
  const pages = readSourcePages(inDir);
  if (pages.length === 0) {
    process.stderr.write(`kb import: no *.txt pages in ${inDir}\n`);
    return 1;
  }
  const relOut = relative(outDir);
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
