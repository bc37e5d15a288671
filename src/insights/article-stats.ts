/**
 * Per article and per section: answers given, Solved and "Not it" clicks, escalations to an
 * expert, and the answers per bucket for a sparkline.
 */
import type { AnswerRecord, FeedbackRecord } from '../store/types';
import type { ArticleCatalog } from './catalog';
import { bucketIndex, type PeriodWindow } from './period';
import type { EscalationLike } from './records';

/** One row of the articles table. */
export interface ArticleRow {
  articleId: string;
  title: string;
  answers: number;
  solved: number;
  notIt: number;
  escalations: number;
  /** Escalations by their state now. */
  escalationStates: { open: number; taken: number; resolved: number };
  /** Answers per bucket of the period. */
  series: number[];
}

/** One row of the sections table. */
export interface SectionRow extends ArticleRow {
  sectionId: string;
  heading: string;
}

interface Tally {
  answers: number;
  solved: number;
  notIt: number;
  escalations: number;
  escalationStates: { open: number; taken: number; resolved: number };
  series: number[];
}

/** The per-article and per-section rows, busiest first (records already limited to real articles). */
export function countArticles(
  window: PeriodWindow,
  catalog: ArticleCatalog,
  records: { answers: readonly AnswerRecord[]; feedback: readonly FeedbackRecord[]; escalations: readonly EscalationLike[] },
): { articles: ArticleRow[]; sections: SectionRow[] } {
  const articles = new Map<string, Tally>();
  const sections = new Map<string, Tally & { articleId: string; sectionId: string }>();
  const fresh = (): Tally => ({ answers: 0, solved: 0, notIt: 0, escalations: 0, escalationStates: { open: 0, taken: 0, resolved: 0 }, series: window.buckets.map(() => 0) });

  function tallies(articleId: string, sectionId: string | undefined): Tally[] {
    let article = articles.get(articleId);
    if (!article) articles.set(articleId, (article = fresh()));
    if (!sectionId) return [article];
    const key = `${articleId}#${sectionId}`;
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { ...fresh(), articleId, sectionId }));
    return [article, section];
  }

  for (const record of records.answers) {
    const index = bucketIndex(window, record.at);
    if (index < 0 || record.outcome !== 'answer' || !record.articleId) continue;
    for (const tally of tallies(record.articleId, record.sectionId)) {
      tally.answers += 1;
      tally.series[index] += 1;
    }
  }
  for (const record of records.feedback) {
    if (bucketIndex(window, record.at) < 0) continue;
    for (const tally of tallies(record.articleId, record.sectionId || undefined)) {
      if (record.helpful) tally.solved += 1;
      else tally.notIt += 1;
    }
  }
  for (const record of records.escalations) {
    if (bucketIndex(window, record.at) < 0 || !record.articleId) continue;
    for (const tally of tallies(record.articleId, record.sectionId)) {
      tally.escalations += 1;
      if (record.state === 'open' || record.state === 'taken' || record.state === 'resolved') tally.escalationStates[record.state] += 1;
    }
  }

  const busiestFirst = <T extends ArticleRow>(a: T, b: T): number =>
    b.answers - a.answers || b.notIt + b.escalations - (a.notIt + a.escalations) || b.solved - a.solved || a.title.localeCompare(b.title);
  const articleRows = [...articles].map(([articleId, t]) => ({ articleId, title: catalog.title(articleId) ?? articleId, ...t })).sort(busiestFirst);
  const sectionRows = [...sections.values()]
    .map((t) => ({
      articleId: t.articleId,
      sectionId: t.sectionId,
      title: catalog.title(t.articleId) ?? t.articleId,
      heading: catalog.heading(t.articleId, t.sectionId) ?? t.sectionId,
      answers: t.answers,
      solved: t.solved,
      notIt: t.notIt,
      escalations: t.escalations,
      escalationStates: t.escalationStates,
      series: t.series,
    }))
    .sort(busiestFirst);
  return { articles: articleRows, sections: sectionRows };
}
