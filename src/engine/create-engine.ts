/**
 * The answer engine (engine/types.ts): pure functions of (message, thread context) over the
 * articles and their prebuilt index. Fresh messages are searched and decided on; follow-ups in a
 * thread ("not it", "show the whole article", a question about the answer) use the context.
 */
import type { RankedCandidate, ThreadContext } from '../conversation/types';
import { toSectionDocuments } from '../knowledge/documents';
import type { Article, Section } from '../knowledge/model';
import { ACTION_IDS, decodeActionValue, type ActionId } from '../reply/actions';
import { decodeSuggestionValue, suggestionsFor } from './suggestions';
import type { ArticleReply, Confidence } from '../reply/model';
import { buildSectionIndex, loadSectionIndex, rank, type RankedArticle, type RankedSection, type Ranking, type SectionIndex } from '../search';
import { extractSignature, type ErrorSignature } from '../signature';
import { toArticleRef } from './article-ref';
import { emptyContext, MAX_CANDIDATES, nextContext, sanitizeContext, shownKey } from './context';
import { answerConfidence } from './answer-confidence';
import { confidenceOf, decide } from './decide';
import { FITTED_MODEL, type FittedModel } from './fitted-model';
import { readSmallTalk, smallTalkReply } from '../conversation/small-talk';
import { readTypedFeedback } from '../conversation/typed-feedback';
import { withFollowUpActions } from './follow-up-actions';
import { findAnswerInArticle } from './read-article';
import { variantList, variantReader } from './variants';
import { withInfo } from './with-info';
import { classifyFollowUp } from './intent';
import { candidateLabels, commonTitleWords } from './label';
import { ackReply, answerReply, articleLookup, articleReply, clarifyReply, noneReply } from './replies';
import { engineMessages, type KnowledgeProfile } from './messages';
import { defaultSection } from './section-content';
import { nextStep, onlyLooks } from './next-step';
import { servedSection } from './serve-section';
import { matchedInArticle } from './matched';
import { answerSection } from './answer-section';
import type { Engine, EngineResult, SearchHit } from './types';

export interface EngineOptions {
  /** A serialized index from `kb build` (serializeSectionIndex); built in memory when absent. */
  index?: string;
  /** What people see about the knowledge base (its kb.yml): name and one-line description. */
  profile?: KnowledgeProfile;
  /** Relevance weights and decision thresholds; defaults to the committed fitted model. */
  model?: FittedModel;
}

const SOLVED_MESSAGE = 'Glad that sorted it. Thanks for letting me know!';
const NO_ESCALATION_MESSAGE = "I can't hand this to a person from here.";

/** Builds the engine over `knowledge`, loading `opts.index` when given. */
export function createEngine(knowledge: Article[], opts: EngineOptions = {}): Engine {
  const articles = new Map(knowledge.map((a) => [a.id, a]));
  const index: SectionIndex = opts.index ? loadSectionIndex(opts.index, knowledge) : buildSectionIndex(knowledge, toSectionDocuments(knowledge));
  const model = opts.model ?? FITTED_MODEL;
  const { NOT_FOUND_MESSAGE, OTHER_PRODUCT_MESSAGE, CHAT_MESSAGE, RAN_OUT_MESSAGE } = engineMessages(opts.profile);
  const lookup = articleLookup(knowledge);
  const titleWords = commonTitleWords(knowledge);
  const variants = variantReader(knowledge);

  const sectionOf = (article: Article, sectionId: string | undefined): Section | undefined => {
    const chosen = (sectionId ? article.sections.find((s) => s.id === sectionId) : undefined) ?? defaultSection(article);
    return chosen && servedSection(article, chosen);
  };

  // The section an answer on a ranked article starts from (answer-section.ts).
  const answered = (article: RankedArticle): RankedSection => answerSection(article, model.decision.strongError);

  // Each candidate's score is its answer confidence with the ones before it set aside: "not it"
  // offers the next one only while that is as credible as a first answer.
  const toCandidates = (ranking: Ranking): RankedCandidate[] =>
    ranking.articles.slice(0, MAX_CANDIDATES).map((a, i) => ({ articleId: a.articleId, sectionId: answered(a).sectionId, score: answerConfidence(model.decision.confidence, ranking, i) }));
  const credible = (candidate: RankedCandidate): boolean => candidate.score >= model.decision.answer;

  function search(signature: ErrorSignature, filter?: (articleId: string) => boolean): Ranking {
    return rank(index, signature, model.relevance, { filter });
  }

  // The next step after a section chosen by button ("Show more" re-renders the same answer), read
  // against the thread's message as the first answer was.
  // `ranked`: the article's ranking for that message when it was searched already.
  function nextStepFor(article: Article, section: Section, query: string | undefined, ranked?: RankedArticle): Section | undefined {
    if (!query || !onlyLooks(section)) return undefined;
    const own = ranked ?? search(extractSignature(query), (id) => id === article.id).articles[0];
    return own && nextStep(article, own, section);
  }

  function answerFor(article: Article, section: Section, matched: string | null, confidence: Confidence, context: ThreadContext | undefined, extra: Partial<{ query: string; candidates: RankedCandidate[]; resetShown: boolean }>, lead?: string, next?: Section): EngineResult {
    const reply = answerReply(article, section, matched, confidence, lookup, lead, next);
    return {
      reply,
      context: nextContext(context, { ...extra, current: { articleId: article.id, sectionId: section.id }, shown: [section, ...(next ? [next] : [])].map((s) => shownKey(article.id, s.id)), lastKind: 'answer' }),
      signature: extra.query ?? context?.query ?? '',
      outcome: null,
    };
  }

  function fresh(text: string, signature: ErrorSignature, context: ThreadContext | undefined): EngineResult {
    const ranking = search(signature);
    const decision = decide(ranking, signature, model.decision);
    const matched = matchedInArticle(ranking, ranking.articles[0] && answered(ranking.articles[0]), lookup, text) ?? (signature.display || null);
    const query = signature.display;
    const candidates = toCandidates(ranking);

    if (decision.kind === 'answer') {
      const article = lookup(decision.top.articleId)!;
      const section = sectionOf(article, decision.section.sectionId)!;
      const result = answerFor(article, section, matched, decision.confidence, context, { query, candidates, resetShown: true }, undefined, nextStep(article, decision.top, section));
      return { ...result, signature: query, outcome: 'answer' };
    }
    if (decision.kind === 'clarify') {
      const chosen = decision.candidates.map((c) => ({ article: lookup(c.articleId)!, sectionId: answered(c).sectionId }));
      const labels = candidateLabels(chosen.map((c) => c.article), titleWords);
      const reply = clarifyReply(chosen.map((c, i) => ({ ...c, label: labels[i] })), matched);
      return {
        reply,
        context: nextContext(context, { query, candidates, current: null, resetShown: true, shown: chosen.map((c) => shownKey(c.article.id, c.sectionId)), lastKind: 'clarify' }),
        signature: query,
        outcome: 'clarify',
      };
    }
    const message =
      decision.reason === 'other-content' ? OTHER_PRODUCT_MESSAGE : decision.reason !== 'chat' && (signature.isError || /\?\s*$/.test(text)) ? NOT_FOUND_MESSAGE : CHAT_MESSAGE;
    const closest = decision.closest.map((c) => ({ article: lookup(c.articleId)!, sectionId: answered(c).sectionId }));
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
    const candidate = ctx.candidates.find((c) => credible(c) && !ctx.shown.includes(shownKey(c.articleId, c.sectionId)) && !shownArticles.has(c.articleId) && articles.has(c.articleId));
    if (!candidate) {
      return { reply: noneReply(RAN_OUT_MESSAGE, [], ctx.query || null), context: nextContext(context, { lastKind: 'none' }), signature: ctx.query, outcome: null };
    }
    const article = lookup(candidate.articleId)!;
    const section = sectionOf(article, candidate.sectionId)!;
    return answerFor(article, section, ctx.query || null, confidenceOf(candidate.score), context, {}, 'Here is the next closest match.');
  }

  function wholeArticle(articleId: string | undefined, context: ThreadContext | undefined, page = 0): EngineResult {
    const article = articleId ? lookup(articleId) : undefined;
    if (!article) return ack("I can't find that article any more. Paste the error again and I'll search afresh.", context);
    return { reply: articleReply(article, lookup, page), context: nextContext(context, { lastKind: 'article' }), signature: context?.query ?? '', outcome: null };
  }

  function ack(message: string, context: ThreadContext | undefined): EngineResult {
    return { reply: ackReply(message), context: nextContext(context, { lastKind: 'ack' }), signature: context?.query ?? '', outcome: null };
  }

  // A question about the current answer: what the current article says about it, or that the article
  // does not apply (another variant than it covers), or the best section of it; else the whole KB.
  function aboutCurrent(text: string, signature: ErrorSignature, context: ThreadContext): EngineResult {
    const current = context.current ? lookup(context.current.articleId) : undefined;
    if (current) {
      const lacking = variants.missing(current, text);
      if (lacking) return otherVariant(current, lacking, text, context);
      const found = findAnswerInArticle(current, text);
      if (found) {
        const result = answerFor(current, found.section, context.query || null, found.share === 1 ? 'high' : 'medium', context, {});
        return { ...withInfo(result, `From the same article: "${found.sentence}"`), outcome: 'answer' };
      }
      // Short questions ("what about HTTP APIs?") carry little weight on their own: read them against
      // the current article, and leave it only when another article explains clearly more of them.
      const own = search(signature, (id) => id === current.id);
      const best = own.articles[0];
      const all = search(signature);
      const at = all.articles.findIndex((a) => a.articleId !== current.id);
      const elsewhere = at >= 0 ? all.articles[at] : undefined;
      // Short questions carry little weight on their own: stay unless another article explains more of the question and would be a credible answer.
      const stays = best && best.best.text > 0 && (!elsewhere || best.best.coverage >= elsewhere.best.coverage || answerConfidence(model.decision.confidence, all, at) < model.decision.answer);
      if (best && stays) {
        const section = sectionOf(current, answered(best).sectionId)!;
        const result = answerFor(current, section, signature.display || null, confidenceOf(answerConfidence(model.decision.confidence, own, 0)), context, { query: signature.display }, undefined, nextStep(current, best, section));
        return { ...result, outcome: 'answer' };
      }
    }
    return fresh(text, signature, context);
  }

  // The current article covers other variants than the one asked about: say so, then look for an
  // article that covers the thread's problem for that variant, with the same decision as a first answer.
  function otherVariant(current: Article, variant: string, text: string, context: ThreadContext): EngineResult {
    const statement = `"${current.displayTitle}" covers ${variantList(current.variants)} only, so it does not apply to ${variant}.`;
    const query = `${context.query} ${text}`.trim();
    const signature = extractSignature(query);
    const covers = (id: string): boolean => {
      const article = lookup(id);
      return id !== current.id && article !== undefined && (article.variants.length === 0 || article.variants.some((v) => v.toLowerCase() === variant.toLowerCase()));
    };
    const ranking = search(signature, covers);
    const decision = decide(ranking, signature, model.decision);
    if (decision.kind === 'answer') {
      const article = lookup(decision.top.articleId)!;
      const section = sectionOf(article, decision.section.sectionId)!;
      const result = answerFor(article, section, signature.display || null, decision.confidence, context, { query: signature.display, candidates: toCandidates(ranking) }, undefined, nextStep(article, decision.top, section));
      return { ...withInfo(result, `${statement} For ${variant}, this article fits.`), outcome: 'answer' };
    }
    const message = `${statement} None of the articles covers this for ${variant}.`;
    return { reply: noneReply(message, [], signature.display || null), context: nextContext(context, { lastKind: 'none' }), signature: signature.display, outcome: 'none' };
  }

  function respond(text: string, rawContext?: ThreadContext): EngineResult {
    const context = sanitizeContext(rawContext);
    const signature = extractSignature(text);
    if (!text.trim()) return { reply: ackReply(CHAT_MESSAGE), context: nextContext(context, { lastKind: 'ack' }), signature: '', outcome: null };
    // Feedback and small talk first: neither is a question, and neither depends on the knowledge base.
    const typed = readTypedFeedback(text);
    const current = context?.current;
    if (typed && current) {
      const result = typed === 'solved' ? ack(SOLVED_MESSAGE, context) : next(context);
      return { ...result, feedback: { helpful: typed === 'solved', articleId: current.articleId, sectionId: current.sectionId } };
    }
    if (typed === 'solved') return ack(SOLVED_MESSAGE, context);
    const talk = readSmallTalk(text);
    if (talk) return ack(smallTalkReply(talk, current !== undefined && current !== null), context);
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
      case ACTION_IDS.askExpert:
      case ACTION_IDS.takeEscalation:
      case ACTION_IDS.resolveEscalation:
        // The conversation service handles these with the escalation desk; an engine alone cannot reach people.
        return ack(NO_ESCALATION_MESSAGE, context);
      case ACTION_IDS.suggestion: {
        // The section the suggestion was made from, when it is still there; else the question is asked as typed.
        const article = target.articleId ? lookup(target.articleId) : undefined;
        const section = article && target.sectionId ? article.sections.find((s) => s.id === target.sectionId) : undefined;
        if (article && section) return answerFor(article, section, context?.query || null, 'high', context, {});
        const question = decodeSuggestionValue(value);
        return question ? respond(question, context) : ack('That suggestion no longer applies. Ask your question in your own words.', context);
      }
      case ACTION_IDS.otherCauses:
      case ACTION_IDS.chooseCandidate:
      case ACTION_IDS.related: {
        const article = target.articleId ? lookup(target.articleId) : undefined;
        if (!article) return ack("That button refers to an article I no longer have. Paste the error again and I'll search afresh.", context);
        let sectionId = target.sectionId;
        let found: RankedArticle | undefined;
        if (!sectionId && context?.query) {
          found = search(extractSignature(context.query), (id) => id === article.id).articles[0];
          sectionId = found && answered(found).sectionId;
        }
        const section = sectionOf(article, sectionId);
        if (!section) return wholeArticle(article.id, context);
        const candidate = context?.candidates.find((c) => c.articleId === article.id);
        const confidence = candidate ? confidenceOf(candidate.score) : 'medium';
        return answerFor(article, section, context?.query || null, confidence, context, {}, undefined, nextStepFor(article, section, context?.query, found));
      }
    }
  }

  const decorate = (result: EngineResult): EngineResult => {
    const reply = result.reply;
    const article = reply.kind === 'answer' ? lookup(reply.article.id) : undefined;
    const suggestions = article && reply.kind === 'answer' ? suggestionsFor(article, reply.section.id) : [];
    return { ...result, reply: withFollowUpActions(reply, suggestions) };
  };

  return {
    respond: (text, context) => decorate(respond(text, context)),
    act: (action, value, context) => decorate(act(action, value, context)),
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
