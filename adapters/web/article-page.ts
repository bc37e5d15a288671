/**
 * The knowledge base as pages: GET /kb lists the articles, GET /kb/<id> shows one, rendered from
 * its Markdown, with an anchor per section (/kb/<id>#<section>), under the web chat's CSP.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { articleBodyHtml } from '../../src/knowledge/article-html';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import type { Article } from '../../src/knowledge/model';
import type { Logger } from '../../src/observability/logger';
import { setPageSecurityHeaders } from '../../src/http/security-headers';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)} · kb-assistant</title>`,
    // The chat page's icon, so the browser does not ask for /favicon.ico.
    `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%232f6fde'/%3E%3Cpath d='M4 5h8M4 8h8M4 11h5' stroke='white' stroke-width='1.6' stroke-linecap='round'/%3E%3C/svg%3E">`,
    '<link rel="stylesheet" href="/web/style.css">',
    '</head>',
    '<body class="kb-page">',
    '<header class="top"><div class="brand"><h1><a href="/">kb-assistant</a></h1><p class="tagline"><a href="/kb">All articles</a></p></div></header>',
    `<main class="kb-article">${body}</main>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function articlePage(article: Article, markdown: string, all: Map<string, Article>): string {
  const related = article.related.flatMap((link) => {
    const target = link.articleId ? all.get(link.articleId) : undefined;
    return [target ? `<li><a href="/kb/${encodeURIComponent(target.id)}">${escapeHtml(target.displayTitle)}</a></li>` : `<li>${escapeHtml(link.title)}</li>`];
  });
  const body = [
    `<h1 class="kb-title">${escapeHtml(article.displayTitle)}</h1>`,
    `<p class="kb-meta">${escapeHtml(article.question)} · Updated ${escapeHtml(article.updated)}</p>`,
    articleBodyHtml(markdown, article),
    ...(related.length > 0 ? ['<h2 id="related">Related</h2>', `<ul>${related.join('')}</ul>`] : []),
  ].join('\n');
  return page(article.displayTitle, body);
}

function indexPage(articles: Article[]): string {
  const items = articles.map((a) => `<li><a href="/kb/${encodeURIComponent(a.id)}">${escapeHtml(a.displayTitle)}</a></li>`).join('\n');
  return page('Knowledge base', `<h1 class="kb-title">Knowledge base</h1>\n<ul class="kb-index">${items}</ul>`);
}

/** The article pages for the knowledge in `knowledgeDir` (read on first request, then kept). */
export function articlePages(knowledgeDir: string, logger: Logger): Router {
  let loaded: { byId: Map<string, Article>; files: Map<string, string> } | undefined;
  const knowledge = (): NonNullable<typeof loaded> => {
    if (!loaded) {
      const { articles } = loadKnowledgeSync(knowledgeDir);
      loaded = {
        byId: new Map(articles.map((a) => [a.id, a])),
        files: new Map(articles.map((a) => [a.id, path.join(knowledgeDir, path.basename(a.file))])),
      };
    }
    return loaded;
  };
  const router = express.Router();
  router.get('/kb', (_req, res) => {
    setPageSecurityHeaders(res);
    res.type('html').set('Cache-Control', 'no-cache').send(indexPage([...knowledge().byId.values()]));
  });
  router.get('/kb/:id', (req, res) => {
    setPageSecurityHeaders(res);
    const { byId, files } = knowledge();
    const article = byId.get(req.params.id);
    const file = article ? files.get(article.id) : undefined;
    if (!article || !file) {
      res.status(404).type('html').send(page('Not found', `<h1 class="kb-title">No such article</h1><p><a href="/kb">All articles</a></p>`));
      return;
    }
    let markdown: string;
    try {
      markdown = fs.readFileSync(file, 'utf8');
    } catch (error) {
      logger.warn('web: article file unreadable', { file, error });
      res.status(404).type('html').send(page('Not found', `<h1 class="kb-title">No such article</h1><p><a href="/kb">All articles</a></p>`));
      return;
    }
    res.type('html').set('Cache-Control', 'no-cache').send(articlePage(article, markdown, byId));
  });
  return router;
}
