/**
 * The message extension's search command (`composeExtension/query`): search the knowledge base
 * from the compose box and offer article cards to insert. An empty query (the first open) lists
 * the articles. The query text is neither logged nor stored.
 */
import type { MessagingExtensionAttachment, MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Engine } from '../../src/engine/types';
import { cardAttachment } from './outgoing-activity';
import { renderSearchResult, type SearchResultInput } from './render-search-result';

/** The command id declared in the app manifest. */
export const SEARCH_COMMAND_ID = 'searchKb';
/** The command's one parameter, also declared in the manifest. */
export const SEARCH_PARAMETER = 'query';

const DEFAULT_COUNT = 10;
const MAX_COUNT = 25;
const MAX_QUERY_CHARS = 500;

function queryText(query: MessagingExtensionQuery): string {
  const parameter = query.parameters?.find((p) => p.name === SEARCH_PARAMETER);
  const value: unknown = parameter?.value;
  return typeof value === 'string' ? value.trim().slice(0, MAX_QUERY_CHARS) : '';
}

function page(query: MessagingExtensionQuery): { skip: number; count: number } {
  const skip = Math.max(0, Math.floor(query.queryOptions?.skip ?? 0));
  const count = Math.min(MAX_COUNT, Math.max(1, Math.floor(query.queryOptions?.count ?? DEFAULT_COUNT)));
  return { skip, count };
}

function resultsFor(engine: Engine, text: string, skip: number, count: number): SearchResultInput[] {
  if (!text) return engine.articles().slice(skip, skip + count).map((article) => ({ article }));
  return engine
    .search(text, skip + count)
    .slice(skip)
    .map((hit) => ({ article: hit.article, sectionId: hit.sectionId, heading: hit.heading }));
}

/** Answers one compose-box search with up to `count` insertable cards. */
export function handleSearch(engine: Engine, query: MessagingExtensionQuery): MessagingExtensionResponse {
  const { skip, count } = page(query);
  const attachments: MessagingExtensionAttachment[] = resultsFor(engine, queryText(query), skip, count).map((result) => {
    const view = renderSearchResult(result, engine.article(result.article.id));
    return { ...cardAttachment(view.card), preview: CardFactory.thumbnailCard(view.preview.title, view.preview.text) };
  });
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
