/** The source line under an answer or article: the article (linked to its page when it has one), where it comes from, its date. */
import type { ArticleRef } from '../../../src/reply/model';
import { context, type SlackBlock } from './blocks';
import { escapeMrkdwn } from './mrkdwn';

export function sourceFooter(article: ArticleRef): SlackBlock {
  const name = escapeMrkdwn(article.displayTitle);
  const title = article.url ? `<${article.url}|${name.replace(/[|]/g, '¦')}>` : name;
  return context([`:books: ${title} · ${escapeMrkdwn(article.source)}`, `Updated ${escapeMrkdwn(article.updated)}`]);
}
