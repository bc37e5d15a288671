/**
 * The insights page's files: its HTML, script and styles (src/insights/page, plain files, no build
 * step) and the charting library, uPlot, served from its npm package — no CDN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../knowledge/paths';

/** One file served from memory. */
export interface Asset {
  type: string;
  body: Buffer;
}

const PAGE_FILES: Record<string, string> = {
  'insights.js': 'text/javascript; charset=utf-8',
  'insights.css': 'text/css; charset=utf-8',
  'login.js': 'text/javascript; charset=utf-8',
};

function pageDir(): string {
  const candidates = [path.resolve(__dirname, '..', '..', 'insights', 'page'), path.join(projectRoot(), 'src', 'insights', 'page')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'insights.html')));
  if (!found) throw new Error(`insights page files not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The page files, read once at start. */
export function loadInsightsAssets(): { pages: { insights: Buffer; login: Buffer; off: Buffer }; assets: Map<string, Asset> } {
  const dir = pageDir();
  const read = (name: string): Buffer => fs.readFileSync(path.join(dir, name));
  const assets = new Map<string, Asset>(Object.entries(PAGE_FILES).map(([name, type]) => [name, { type, body: read(name) }]));
  const uplot = path.dirname(require.resolve('uplot/dist/uPlot.iife.min.js'));
  assets.set('uPlot.iife.min.js', { type: 'text/javascript; charset=utf-8', body: fs.readFileSync(path.join(uplot, 'uPlot.iife.min.js')) });
  assets.set('uPlot.min.css', { type: 'text/css; charset=utf-8', body: fs.readFileSync(path.join(uplot, 'uPlot.min.css')) });
  return { pages: { insights: read('insights.html'), login: read('login.html'), off: read('off.html') }, assets };
}
