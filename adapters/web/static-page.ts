/**
 * Serves the web chat page and its two assets (plain HTML, CSS and JS: no build step) with a
 * strict Content-Security-Policy (src/http/security-headers.ts): only our own script and styles run,
 * nothing inline, no frames.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { setPageSecurityHeaders } from '../../src/http/security-headers';

/** The page's files: beside this module in the source tree, or in the source tree when running from dist/. */
function publicDir(): string {
  const candidates = [path.join(__dirname, 'public'), path.resolve(__dirname, '..', '..', '..', 'adapters', 'web', 'public')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error(`web chat files not found (looked in ${candidates.join(', ')})`);
  return found;
}

const ASSETS: Record<string, string> = {
  '/web/app.js': 'text/javascript; charset=utf-8',
  '/web/style.css': 'text/css; charset=utf-8',
};

/** The router serving the page and its assets. */
export function staticPage(): Router {
  const dir = publicDir();
  // Read once at start: three small files, served from memory.
  const index = fs.readFileSync(path.join(dir, 'index.html'));
  const assets = new Map(Object.entries(ASSETS).map(([route, type]) => [route, { type, body: fs.readFileSync(path.join(dir, path.basename(route))) }]));
  const router = express.Router();
  router.get('/', (_req, res) => {
    setPageSecurityHeaders(res);
    res.type('html').set('Cache-Control', 'no-cache').send(index);
  });
  for (const [route, asset] of assets) {
    router.get(route, (_req, res) => {
      setPageSecurityHeaders(res);
      res.type(asset.type).set('Cache-Control', 'no-cache').send(asset.body);
    });
  }
  return router;
}
