/** The engine with article page links on every reply (see reply/public-links.ts), for a server with a public address. */
import { withPublicLinks } from '../reply/public-links';
import type { ArticleReply } from '../reply/model';
import type { Engine, EngineResult } from './types';

export function withArticlePages(engine: Engine, publicUrl: string): Engine {
  const linked = (result: EngineResult): EngineResult => ({ ...result, reply: withPublicLinks(result.reply, publicUrl) });
  return {
    respond: (text, context) => linked(engine.respond(text, context)),
    act: (action, value, context) => linked(engine.act(action, value, context)),
    search: (text, limit) => engine.search(text, limit),
    articles: () => engine.articles(),
    article: (articleId) => {
      const reply = engine.article(articleId);
      return reply ? (withPublicLinks(reply, publicUrl) as ArticleReply) : undefined;
    },
  };
}
