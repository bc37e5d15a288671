/**
 * Serves the web chat page and its two assets (plain HTML, CSS and JS: no build step) with a
 * strict Content-Security-Policy: only our own script and styles run, nothing inline, no frames.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Response, type Router } from 'express';

/** The page's files: beside this module in the source tree, or in the source tree when running from dist/. */
function publicDir(): string {
  const candidates = [path.join(__dirname, 'public'), path.resolve(__dirname, '..', '..', '..', 'adapters', 'web', 'public')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error(`web chat files not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Only same-origin script, style and fetches; nothing inline; never framed. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSETS: Record<string, string> = {
  '/web/app.js': 'text/javascript; charset=utf-8',
  '/web/style.css': 'text/css; charset=utf-8',
};

/** The security headers every page of the web chat is served with. */
export function secure(res: Response): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
}

/** The router serving the page and its assets. */
export function staticPage(): Router {
  const dir = publicDir();
  // Read once at start: three small files, served from memory.
  const index = fs.readFileSync(path.join(dir, 'index.html'));
  const assets = new Map(Object.entries(ASSETS).map(([route, type]) => [route, { type, body: fs.readFileSync(path.join(dir, path.basename(route))) }]));
  const router = express.Router();
  router.get('/', (_req, res) => {
    secure(res);
    res.type('html').set('Cache-Control', 'no-cache').send(index);
  });
  for (const [route, asset] of assets) {
    router.get(route, (_req, res) => {
      secure(res);
      res.type(asset.type).set('Cache-Control', 'no-cache').send(asset.body);
    });
  }
  return router;
}
