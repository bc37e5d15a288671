/** The source line under an answer or article: the article (linked to its page when it has one), where it comes from, its date. */
import type { ArticleRef } from '../../../src/reply/model';
import { context, type SlackBlock } from './blocks';
import { escapeMrkdwn } from './mrkdwn';

export function sourceFooter(article: ArticleRef): SlackBlock {
  const name = escapeMrkdwn(article.displayTitle);
  if (!article.url) return context([`:books: ${name} · ${escapeMrkdwn(article.source)}`, `Updated ${escapeMrkdwn(article.updated)}`]);
  const page = article.url.replace(/[<>|]/g, encodeURIComponent);
  return context([`:books: <${page}|${name.replace(/[|]/g, '¦')}> · ${escapeMrkdwn(article.source)}`, `Updated ${escapeMrkdwn(article.updated)}`, `<${page}|Full article>`]);
}
