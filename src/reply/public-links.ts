/**
 * Article links in replies. Each article has a page at `/kb/<id>` on this server; with the
 * server's public address known (PUBLIC_URL), every article a reply cites and every article its
 * text names gets that page's URL. Pure: the reply is copied, never changed in place.
 */
import type { ArticleRef, Reply, ReplyBlock, ReplyItem, TextLink } from './model';

/** The page of an article (and of one of its sections) under `base`. */
export function articleUrl(base: string, articleId: string, sectionId?: string): string {
  const page = `${base.replace(/\/+$/, '')}/kb/${encodeURIComponent(articleId)}`;
  return sectionId ? `${page}#${encodeURIComponent(sectionId)}` : page;
}

function ref(base: string, article: ArticleRef): ArticleRef {
  return { ...article, url: articleUrl(base, article.id) };
}

function links(base: string, list: TextLink[] | undefined): { links?: TextLink[] } {
  return list ? { links: list.map((l) => ({ ...l, url: articleUrl(base, l.articleId) })) } : {};
}

function item(base: string, it: ReplyItem): ReplyItem {
  return { ...it, ...links(base, it.links), blocks: blocks(base, it.blocks) };
}

function blocks(base: string, list: ReplyBlock[]): ReplyBlock[] {
  return list.map((block): ReplyBlock => {
    switch (block.kind) {
      case 'paragraph':
      case 'note':
        return { ...block, ...links(base, block.links) };
      case 'steps':
      case 'bullets':
        return { ...block, items: block.items.map((it) => item(base, it)) };
      case 'heading':
      case 'code':
        return block;
      default: {
        const unreachable: never = block;
        return unreachable;
      }
    }
  });
}

/** `reply` with page URLs on the articles it cites and names. */
export function withPublicLinks(reply: Reply, base: string): Reply {
  switch (reply.kind) {
    case 'answer':
      return { ...reply, article: ref(base, reply.article), related: reply.related.map((r) => ref(base, r)), blocks: blocks(base, reply.blocks) };
    case 'article':
      return {
        ...reply,
        article: ref(base, reply.article),
        related: reply.related.map((r) => ref(base, r)),
        sections: reply.sections.map((s) => ({ ...s, blocks: blocks(base, s.blocks) })),
      };
    case 'clarify':
      return { ...reply, candidates: reply.candidates.map((c) => ({ ...c, article: ref(base, c.article) })) };
    case 'none':
      return { ...reply, closest: reply.closest.map((r) => ref(base, r)) };
    case 'ack':
      return reply;
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
}
