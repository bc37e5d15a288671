/** The source-and-date line under an answer or article. */
import type { ArticleRef } from '../../../src/reply/model';
import { context, type SlackBlock } from './blocks';
import { escapeMrkdwn } from './mrkdwn';

export function sourceFooter(article: ArticleRef): SlackBlock {
  return context([`:books: ${escapeMrkdwn(article.source)}`, `Updated ${escapeMrkdwn(article.updated)}`]);
}
