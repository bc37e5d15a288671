/** `kb init DIR [--name NAME]`: writes a starter knowledge base (one example article, kb.yml). */
import fs from 'node:fs';
import path from 'node:path';
import { option } from '../options';
import { EXAMPLE_ERROR, starterFiles } from '../starter/starter-files';

/** One line for `kb help`. */
export const summary = 'start your own knowledge base in DIR: an example article and kb.yml (--name NAME)';

export const usage = 'usage: npm run kb -- init DIR [--name "Product name"]';

/** Writes the starter files; exit 1 rather than overwrite anything already in DIR. */
export async function run(args: string[]): Promise<number> {
  const name = option(args, '--name') ?? 'My product';
  const dirArg = args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '--name');
  if (!dirArg) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const dir = path.resolve(dirArg);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    process.stderr.write(`kb init: ${dirArg} is a file; choose a new or empty folder\n`);
    return 1;
  }
  const files = starterFiles(name, new Date().toISOString().slice(0, 10));
  const taken = files.filter((file) => fs.existsSync(path.join(dir, file.name)));
  if (taken.length > 0) {
    process.stderr.write(`kb init: ${dirArg} already has ${taken.map((f) => f.name).join(' and ')}; nothing was written (choose a new or empty folder)\n`);
    return 1;
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(dir, file.name), file.content, { flag: 'wx' });
  process.stdout.write(
    [
      `kb init: wrote ${files.map((f) => path.join(dirArg, f.name)).join(' and ')}`,
      '',
      'Next:',
      `  KNOWLEDGE_DIR=${dirArg} npm start          # then paste this in the web chat: ${EXAMPLE_ERROR}`,
      `  npm run kb -- lint ${dirArg}               # check your articles as you write them`,
      `  npm run kb -- import PAGES --out ${dirArg}  # or convert a folder of Markdown pages you already have`,
      '',
    ].join('\n'),
  );
  return 0;
}
