/**
 * Builds reply models (reply/model.ts) from articles and sections, with their actions and the
 * plain-text fallback every platform can show.
 */
import type { Article, Block, Section } from '../knowledge/model';
import { ACTION_IDS, encodeActionValue, type Action } from '../reply/actions';
import type { AckReply, AnswerReply, ArticleReply, ArticleRef, ClarifyReply, Confidence, NoneReply, ReplyBlock } from '../reply/model';
import { toArticleRef } from './article-ref';
import { copyBlocks } from '../reply/copy-blocks';
import { replyBlocksText, toReplyBlocks, type LinkTarget } from './reply-blocks';
import { answerCause, shortDescription } from './section-content';
import { preamble } from './preamble';
import { inlinedSubSections } from './serve-section';

/** Sections per page when an article is paged with "show more". */
export const ARTICLE_PAGE_SECTIONS = 8;
const MAX_OTHER_CAUSES = 8;
const MAX_RELATED = 3;

/** Looks articles up by id; `all`, when given, lists every article (for finding the ones a text names). */
export type ArticleLookup = ((articleId: string) => Article | undefined) & { readonly all?: readonly Article[] };

/** A lookup over `articles` that also lists them. */
export function articleLookup(articles: readonly Article[]): ArticleLookup {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return Object.assign((id: string) => byId.get(id), { all: articles });
}

function relatedRefs(article: Article, lookup: ArticleLookup): ArticleRef[] {
  const refs: ArticleRef[] = [];
  for (const link of article.related) {
    const target = link.articleId ? lookup(link.articleId) : undefined;
    if (target && target.id !== article.id && !refs.some((r) => r.id === target.id)) refs.push(toArticleRef(target));
    if (refs.length >= MAX_RELATED) break;
  }
  return refs;
}

/** Sibling sections that answer other errors or describe other causes. */
function otherCausesOf(article: Article, section: Section): { sectionId: string; heading: string }[] {
  const short = shortDescription(article);
  return article.sections
    .filter((s) => s.id !== section.id && s !== short && (s.errors.length > 0 || s.level === 3))
    .slice(0, MAX_OTHER_CAUSES)
    .map((s) => ({ sectionId: s.id, heading: s.heading }));
}

/** The "Related articles" picker: one option per related article. */
function relatedAction(related: ArticleRef[]): Action {
  return {
    id: ACTION_IDS.related,
    label: 'Related articles',
    value: encodeActionValue({ articleId: related[0].id }),
    options: related.map((r) => ({ label: r.displayTitle, value: encodeActionValue({ articleId: r.id }) })),
  };
}

function answerActions(article: Article, section: Section, others: { sectionId: string; heading: string }[], related: ArticleRef[]): Action[] {
  const here = encodeActionValue({ articleId: article.id, sectionId: section.id });
  const actions: Action[] = [
    { id: ACTION_IDS.solved, label: 'Solved it', value: here, style: 'primary' },
    { id: ACTION_IDS.notIt, label: 'Not it', value: here },
    { id: ACTION_IDS.fullArticle, label: 'Full article', value: encodeActionValue({ articleId: article.id }) },
  ];
  if (others.length > 0) {
    actions.push({
      id: ACTION_IDS.otherCauses,
      label: 'Other causes',
      value: encodeActionValue({ articleId: article.id }),
      options: others.map((o) => ({ label: o.heading, value: encodeActionValue({ articleId: article.id, sectionId: o.sectionId }) })),
    });
  }
  if (related.length > 0) actions.push(relatedAction(related));
  return actions;
}

// What an answer shows of one section never changes: built once per section, not per message.
interface AnswerParts {
  ref: ArticleRef;
  cause: string | null;
  blocks: ReplyBlock[];
  otherCauses: { sectionId: string; heading: string }[];
  related: ArticleRef[];
  actions: Action[];
  body: string;
  tail: string;
}
const partsCache = new WeakMap<ArticleLookup, WeakMap<Section, Map<string, AnswerParts>>>();

/** The other articles `article` may name in its text ("see How can I …?"), by every name they go by: its related links, and every article the lookup lists. */
export function linkTargets(article: Article, lookup: ArticleLookup): LinkTarget[] {
  const targets: LinkTarget[] = [];
  const add = (target: Article | undefined, names: string[]): void => {
    if (!target || target.id === article.id || targets.some((t) => t.articleId === target.id)) return;
    targets.push({ articleId: target.id, names: [...names, target.question, target.title, target.displayTitle] });
  };
  for (const link of article.related) add(link.articleId ? lookup(link.articleId) : undefined, [link.title]);
  for (const other of lookup.all ?? []) add(other, []);
  return targets;
}

/** An answer's blocks: what the parent says for all its sub-sections (for the section it starts with), then the section's own (`own`); a router's sub-sections follow, each under its heading. */
function answerBlocks(article: Article, section: Section, own: readonly Block[], targets: LinkTarget[], withPreamble = true): ReplyBlock[] {
  const blocks = toReplyBlocks([...(withPreamble ? preamble(article, section) : []), ...own], targets);
  for (const sub of inlinedSubSections(article, section)) {
    blocks.push({ kind: 'heading', text: sub.heading, sectionId: sub.id }, ...toReplyBlocks(sub.blocks, targets));
  }
  return blocks;
}

function answerParts(article: Article, section: Section, lookup: ArticleLookup, next: Section | undefined): AnswerParts {
  let bySection = partsCache.get(lookup);
  if (!bySection) {
    bySection = new WeakMap();
    partsCache.set(lookup, bySection);
  }
  let byNext = bySection.get(section);
  if (!byNext) {
    byNext = new Map();
    bySection.set(section, byNext);
  }
  const cached = byNext.get(next?.id ?? '');
  if (cached) return cached;
  const ref = toArticleRef(article);
  const { cause, blocks: own } = answerCause(article, section);
  const targets = linkTargets(article, lookup);
  const blocks = answerBlocks(article, section, own, targets);
  // The next step comes under its heading, as a sub-section shown inline does.
  if (next) blocks.push({ kind: 'heading', text: next.heading, sectionId: next.id }, ...answerBlocks(article, next, next.blocks, targets, false));
  const shownInline = new Set([...inlinedSubSections(article, section), ...(next ? [next, ...inlinedSubSections(article, next)] : [])].map((s) => s.id));
  const otherCauses = otherCausesOf(article, section).filter((o) => !shownInline.has(o.sectionId));
  const related = relatedRefs(article, lookup);
  const body = [...(cause ? [`Likely cause: ${cause}`, ''] : []), replyBlocksText(blocks)].join('\n');
  const tail = [
    ...(otherCauses.length > 0 ? [`Other causes in this article: ${otherCauses.map((o) => o.heading).join('; ')}`] : []),
    ...(related.length > 0 ? [`Related: ${related.map((r) => r.displayTitle).join('; ')}`] : []),
  ].join('\n');
  const parts = { ref, cause, blocks, otherCauses, related, actions: answerActions(article, section, otherCauses, related), body, tail };
  byNext.set(next?.id ?? '', parts);
  return parts;
}

/** The answer for one section of one article, and the `next` step after it when it only tells how to look (next-step.ts). */
export function answerReply(article: Article, section: Section, matched: string | null, confidence: Confidence, lookup: ArticleLookup, lead?: string, next?: Section): AnswerReply {
  const p = answerParts(article, section, lookup, next);
  let text = lead ? `${lead}\n\n` : '';
  text += `${p.ref.displayTitle} — ${section.heading}\n`;
  if (matched) text += `Matched: ${matched}\n`;
  text += `${p.body}\nSource: ${p.ref.displayTitle} (${p.ref.source}), last updated ${p.ref.updated}. Confidence: ${confidence}.`;
  if (p.tail) text += `\n${p.tail}`;
  // Fresh arrays and objects on every reply: callers may adjust what they are given.
  return {
    kind: 'answer',
    article: { ...p.ref, variants: [...p.ref.variants] },
    section: { id: section.id, heading: section.heading },
    cause: p.cause,
    blocks: copyBlocks(p.blocks),
    otherCauses: p.otherCauses.map((o) => ({ ...o })),
    related: p.related.map((r) => ({ ...r })),
    confidence,
    matched,
    notices: [],
    actions: p.actions.map((a) => ({ ...a, ...(a.options ? { options: a.options.map((o) => ({ ...o })) } : {}) })),
    text,
  };
}

/** Several articles fit: ask which, one button per candidate. */
export function clarifyReply(candidates: { article: Article; sectionId: string; label: string }[], matched: string | null): ClarifyReply {
  const prompt = 'Several articles fit this. Which one matches your setup?';
  return {
    kind: 'clarify',
    prompt,
    candidates: candidates.map((c) => ({ article: toArticleRef(c.article), sectionId: c.sectionId, label: c.label })),
    matched,
    notices: [],
    actions: candidates.map((c) => ({
      id: ACTION_IDS.chooseCandidate,
      label: c.label,
      value: encodeActionValue({ articleId: c.article.id, sectionId: c.sectionId }),
    })),
    text: [prompt, ...candidates.map((c, i) => `${i + 1}. ${c.label} — ${c.article.displayTitle}`)].join('\n'),
  };
}

/** Nothing fits: say so plainly; `closest` only when they are close. */
export function noneReply(message: string, closest: { article: Article; sectionId: string }[], matched: string | null): NoneReply {
  const refs = closest.map((c) => toArticleRef(c.article));
  return {
    kind: 'none',
    message,
    closest: refs,
    matched,
    notices: [],
    actions: closest.map((c) => ({
      id: ACTION_IDS.chooseCandidate,
      label: c.article.displayTitle,
      value: encodeActionValue({ articleId: c.article.id, sectionId: c.sectionId }),
    })),
    text: [message, ...(refs.length > 0 ? ['Closest articles:', ...refs.map((r) => `- ${r.displayTitle}`)] : [])].join('\n'),
  };
}

/** The whole article from section page `page` on (page 0 is the whole article). */
export function articleReply(article: Article, lookup: ArticleLookup, page = 0): ArticleReply {
  const ref = toArticleRef(article);
  const targets = linkTargets(article, lookup);
  const start = page * ARTICLE_PAGE_SECTIONS;
  const sections = article.sections.slice(start).map((s) => ({ id: s.id, heading: s.heading, level: s.level, blocks: toReplyBlocks(s.blocks, targets) }));
  const related = relatedRefs(article, lookup);
  const actions: Action[] = [{ id: ACTION_IDS.solved, label: 'Solved it', value: encodeActionValue({ articleId: article.id }), style: 'primary' }];
  if (related.length > 0) actions.push(relatedAction(related));
  const body = sections.flatMap((s) => ['', s.heading, replyBlocksText(s.blocks)]);
  return {
    kind: 'article',
    article: ref,
    summary: article.summary,
    sections,
    related,
    matched: null,
    notices: [],
    actions,
    text: [ref.displayTitle, article.question, `Source: ${ref.displayTitle} (${ref.source}), last updated ${ref.updated}.`, '', article.summary, ...body].join('\n'),
  };
}

/** A short acknowledgement. */
export function ackReply(message: string): AckReply {
  return { kind: 'ack', message, matched: null, notices: [], actions: [], text: message };
}
