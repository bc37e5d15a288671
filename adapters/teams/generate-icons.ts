/** Writes the two Teams icons into adapters/teams/manifest/ (run after changing icons.ts: `node dist/adapters/teams/generate-icons.js`). */
import fs from 'node:fs';
import path from 'node:path';
import { renderIcon } from './icons';

/** The manifest folder in the source tree, whether this runs from adapters/teams or dist/adapters/teams. */
export function manifestDir(): string {
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
  return path.join(root, 'adapters', 'teams', 'manifest');
}

if (require.main === module) {
  for (const kind of ['color', 'outline'] as const) {
    const file = path.join(manifestDir(), `${kind}.png`);
    fs.writeFileSync(file, renderIcon(kind));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}
