/** The App Home tab: how to use the assistant and the list of articles it knows. */
import type { types } from '@slack/bolt';
import type { ArticleRef } from '../../../src/reply/model';
import { SLACK_LIMITS } from '../limits';
import { context, divider, header, sections, type SlackBlock } from './blocks';
import { HELP_TEXT } from './help';
import { escapeMrkdwn, truncate } from './mrkdwn';

/** Articles listed one per block; the rest are counted so the view stays within 100 blocks. */
const LISTED = SLACK_LIMITS.blocksPerView - 10;

/** The Home tab view for views.publish. */
export function renderHome(articles: ArticleRef[]): types.HomeView {
  const blocks: SlackBlock[] = [header('kb-assistant'), ...sections(HELP_TEXT), divider(), header(`Articles (${articles.length})`)];
  const sorted = [...articles].sort((a, b) => a.displayTitle.localeCompare(b.displayTitle));
  for (const article of sorted.slice(0, LISTED)) {
    const line = `*${escapeMrkdwn(article.displayTitle)}*\n${escapeMrkdwn(article.question)}\n_Updated ${escapeMrkdwn(article.updated)}_`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(line, SLACK_LIMITS.sectionText) } });
  }
  if (sorted.length > LISTED) blocks.push(context([`…and ${sorted.length - LISTED} more.`]));
  if (articles.length === 0) blocks.push(context(['No articles are loaded yet: run `npm run kb -- build`.']));
  return { type: 'home', blocks };
}
