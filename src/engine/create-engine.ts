/**
 * The answer engine (engine/types.ts): pure functions of (message, thread context) over the
 * articles and their prebuilt index. Fresh messages are searched and decided on; follow-ups in a
 * thread ("not it", "show the whole article", a question about the answer) use the context.
 */
import type { RankedCandidate, ThreadContext } from '../conversation/types';
import { toSectionDocuments } from '../knowledge/documents';
import type { Article, Section } from '../knowledge/model';
import { ACTION_IDS, decodeActionValue, type ActionId } from '../reply/actions';
import type { ArticleReply, Confidence } from '../reply/model';
import { buildSectionIndex, loadSectionIndex, rank, type RankedArticle, type Ranking, type SectionIndex } from '../search';
import { extractSignature, type ErrorSignature } from '../signature';
import { toArticleRef } from './article-ref';
import { emptyContext, MAX_CANDIDATES, nextContext, sanitizeContext, shownKey } from './context';
import { confidenceOf, decide, DECISION_THRESHOLDS } from './decide';
import { classifyFollowUp } from './intent';
import { candidateLabels } from './label';
import { ackReply, answerReply, articleLookup, articleReply, clarifyReply, noneReply } from './replies';
import { API_GATEWAY_SCOPE, checkScope, type Scope } from './scope';
import { defaultSection } from './section-content';
import { servedSection } from './serve-section';
import { matchedInArticle } from './matched';
import type { Engine, EngineResult, SearchHit } from './types';

export interface EngineOptions {
  /** A serialized index from `kb build` (serializeSectionIndex); built in memory when absent. */
  index?: string;
  /** What counts as in scope; defaults to Amazon API Gateway. */
  scope?: Scope;
}

const NOT_FOUND_MESSAGE =
  "I don't have an article for this. I only know the troubleshooting articles in this knowledge base (API Gateway), and none of them fits what you sent.";
const OTHER_PRODUCT_MESSAGE =
  "This looks like an error from another service or tool, not API Gateway, and I don't have an article for it.";
const CHAT_MESSAGE = "I'm here for API Gateway errors: paste the error (a log line, a stack trace, curl output) or ask a question about it.";
const RAN_OUT_MESSAGE = "That was the last close match I have. I've shown every article that fits; none of the others is close enough to suggest.";

/** Builds the engine over `knowledge`, loading `opts.index` when given. */
export function createEngine(knowledge: Article[], opts: EngineOptions = {}): Engine {
  const articles = new Map(knowledge.map((a) => [a.id, a]));
  const index: SectionIndex = opts.index ? loadSectionIndex(opts.index, knowledge) : buildSectionIndex(knowledge, toSectionDocuments(knowledge));
  const scope = opts.scope ?? API_GATEWAY_SCOPE;
  const lookup = articleLookup(knowledge);
  const knownTerm = (term: string): boolean => index.vocabulary.df.has(term);
  const productTerms: ReadonlySet<string> = new Set(scope.productTerms ?? []);

  const sectionOf = (article: Article, sectionId: string | undefined): Section | undefined => {
    const chosen = (sectionId ? article.sections.find((s) => s.id === sectionId) : undefined) ?? defaultSection(article);
    return chosen && servedSection(article, chosen);
  };

  const toCandidates = (ranked: RankedArticle[]): RankedCandidate[] =>
    ranked.slice(0, MAX_CANDIDATES).map((a) => ({ articleId: a.articleId, sectionId: a.best.sectionId, score: a.score }));

  function search(signature: ErrorSignature, filter?: (articleId: string) => boolean): Ranking {
    return rank(index, signature, { filter, productTerms });
  }

  function answerFor(article: Article, section: Section, matched: string | null, confidence: Confidence, context: ThreadContext | undefined, extra: Partial<{ query: string; candidates: RankedCandidate[]; resetShown: boolean }>, lead?: string): EngineResult {
    const reply = answerReply(article, section, matched, confidence, lookup, lead);
    return {
      reply,
      context: nextContext(context, { ...extra, current: { articleId: article.id, sectionId: section.id }, shown: [shownKey(article.id, section.id)], lastKind: 'answer' }),
      signature: extra.query ?? context?.query ?? '',
      outcome: null,
    };
  }

  function fresh(text: string, signature: ErrorSignature, context: ThreadContext | undefined): EngineResult {
    const ranking = search(signature);
    const scopeCheck = checkScope(text, signature, scope, knownTerm);
    const decision = decide(ranking, scopeCheck, signature);
    const matched = matchedInArticle(ranking, lookup, text) ?? (signature.display || null);
    const query = signature.display;
    const candidates = toCandidates(ranking.articles);

    if (decision.kind === 'answer') {
      const article = lookup(decision.top.articleId)!;
      const section = sectionOf(article, decision.top.best.sectionId)!;
      const result = answerFor(article, section, matched, decision.confidence, context, { query, candidates, resetShown: true });
      return { ...result, signature: query, outcome: 'answer' };
    }
    if (decision.kind === 'clarify') {
      const chosen = decision.candidates.map((c) => ({ article: lookup(c.articleId)!, sectionId: c.best.sectionId }));
      const labels = candidateLabels(chosen.map((c) => c.article));
      const reply = clarifyReply(chosen.map((c, i) => ({ ...c, label: labels[i] })), matched);
      return {
        reply,
        context: nextContext(context, { query, candidates, current: null, resetShown: true, shown: chosen.map((c) => shownKey(c.article.id, c.sectionId)), lastKind: 'clarify' }),
        signature: query,
        outcome: 'clarify',
      };
    }
    const message = decision.reason === 'other-product' || decision.reason === 'unknown-error' ? OTHER_PRODUCT_MESSAGE : signature.isError || /\?\s*$/.test(text) ? NOT_FOUND_MESSAGE : CHAT_MESSAGE;
    const closest = decision.closest.map((c) => ({ article: lookup(c.articleId)!, sectionId: c.best.sectionId }));
    return {
      reply: noneReply(message, closest, matched),
      context: nextContext(context, { query, candidates: [], current: null, resetShown: true, lastKind: 'none' }),
      signature: query,
      outcome: 'none',
    };
  }

  function next(context: ThreadContext | undefined): EngineResult {
    const ctx = context ?? emptyContext();
    const shownArticles = new Set(ctx.shown.map((k) => k.slice(0, k.indexOf('#'))));
    const candidate = ctx.candidates.find((c) => !ctx.shown.includes(shownKey(c.articleId, c.sectionId)) && !shownArticles.has(c.articleId) && articles.has(c.articleId));
    if (!candidate) {
      return { reply: noneReply(RAN_OUT_MESSAGE, [], ctx.query || null), context: nextContext(context, { lastKind: 'none' }), signature: ctx.query, outcome: null };
    }
    const article = lookup(candidate.articleId)!;
    const section = sectionOf(article, candidate.sectionId)!;
    const top = ctx.candidates[0]?.score || 1;
    return answerFor(article, section, ctx.query || null, confidenceOf(candidate.score, candidate.score / top, 0), context, {}, 'Here is the next closest match.');
  }

  function wholeArticle(articleId: string | undefined, context: ThreadContext | undefined, page = 0): EngineResult {
    const article = articleId ? lookup(articleId) : undefined;
    if (!article) return ack("I can't find that article any more. Paste the error again and I'll search afresh.", context);
    return { reply: articleReply(article, lookup, page), context: nextContext(context, { lastKind: 'article' }), signature: context?.query ?? '', outcome: null };
  }

  function ack(message: string, context: ThreadContext | undefined): EngineResult {
    return { reply: ackReply(message), context: nextContext(context, { lastKind: 'ack' }), signature: context?.query ?? '', outcome: null };
  }

  // A question about the current answer: the best section of the current article if it fits, else the whole KB.
  function aboutCurrent(text: string, signature: ErrorSignature, context: ThreadContext): EngineResult {
    const current = context.current ? lookup(context.current.articleId) : undefined;
    if (current) {
      // Short questions ("what about HTTP APIs?") carry little weight on their own: read them against
      // the current article, and leave it only when another article explains clearly more of them.
      const best = search(signature, (id) => id === current.id).articles[0];
      const elsewhere = search(signature).articles.find((a) => a.articleId !== current.id);
      const stays = best && best.best.text > 0 && (!elsewhere || best.best.coverage >= elsewhere.best.coverage * 0.8 || elsewhere.best.coverage < DECISION_THRESHOLDS.minCoverage);
      if (best && stays) {
        const section = sectionOf(current, best.best.sectionId)!;
        const result = answerFor(current, section, signature.display || null, confidenceOf(best.best.score, 0.5, best.best.error), context, { query: signature.display });
        return { ...result, outcome: 'answer' };
      }
    }
    return fresh(text, signature, context);
  }

  function respond(text: string, rawContext?: ThreadContext): EngineResult {
    const context = sanitizeContext(rawContext);
    const signature = extractSignature(text);
    if (!text.trim()) return { reply: ackReply(CHAT_MESSAGE), context: nextContext(context, { lastKind: 'ack' }), signature: '', outcome: null };
    switch (classifyFollowUp(text, signature, context)) {
      case 'next':
        return next(context);
      case 'article':
        return wholeArticle(context?.current?.articleId ?? context?.candidates[0]?.articleId, context);
      case 'thanks':
        return ack('Glad that sorted it. Thanks for letting me know!', context);
      case 'question':
        return aboutCurrent(text, signature, context!);
      case 'search':
        return fresh(text, signature, context);
    }
  }

  function act(action: ActionId, value: string, rawContext?: ThreadContext): EngineResult {
    const context = sanitizeContext(rawContext);
    const target = decodeActionValue(value);
    switch (action) {
      case ACTION_IDS.solved:
        return ack('Glad that fixed it. Thanks for letting me know!', context);
      case ACTION_IDS.notIt:
        return next(context);
      case ACTION_IDS.fullArticle:
        return wholeArticle(target.articleId ?? context?.current?.articleId, context);
      case ACTION_IDS.showMore:
        // With a section: the rest of a long answer (the renderer shows the page); else the article's next page.
        if (!target.sectionId) return wholeArticle(target.articleId ?? context?.current?.articleId, context, target.page ?? 0);
        return act(ACTION_IDS.otherCauses, value, rawContext);
      case ACTION_IDS.otherCauses:
      case ACTION_IDS.chooseCandidate:
      case ACTION_IDS.related: {
        const article = target.articleId ? lookup(target.articleId) : undefined;
        if (!article) return ack("That button refers to an article I no longer have. Paste the error again and I'll search afresh.", context);
        let sectionId = target.sectionId;
        if (!sectionId && context?.query) {
          sectionId = search(extractSignature(context.query), (id) => id === article.id).articles[0]?.best.sectionId;
        }
        const section = sectionOf(article, sectionId);
        if (!section) return wholeArticle(article.id, context);
        const candidate = context?.candidates.find((c) => c.articleId === article.id);
        const top = context?.candidates[0]?.score || 1;
        const confidence = candidate ? confidenceOf(candidate.score, candidate.score / top, 0) : 'medium';
        return answerFor(article, section, context?.query || null, confidence, context, {});
      }
    }
  }

  return {
    respond,
    act,
    search(text: string, limit: number): SearchHit[] {
      const ranking = search(extractSignature(text));
      return ranking.sections.slice(0, Math.max(0, limit)).flatMap((s) => {
        const article = lookup(s.articleId);
        const section = article?.sections.find((x) => x.id === s.sectionId);
        return article && section ? [{ article: toArticleRef(article), sectionId: section.id, heading: section.heading, score: s.score }] : [];
      });
    },
    articles: () => knowledge.map(toArticleRef),
    article: (articleId: string): ArticleReply | undefined => {
      const article = lookup(articleId);
      return article ? articleReply(article, lookup) : undefined;
    },
  };
}
