/**
 * Article titles and section headings for the insights tables, from the loaded knowledge base.
 * Also the test of which article ids are real: a record naming an unknown article (deleted since,
 * or a forged button value) is left out of the per-article figures.
 */
import type { Article, Section } from '../knowledge/model';

/** Looks up titles and headings by id. */
export interface ArticleCatalog {
  title(articleId: string): string | undefined;
  heading(articleId: string, sectionId: string): string | undefined;
}

/** The catalog of `articles`. */
export function createArticleCatalog(articles: readonly (Pick<Article, 'id' | 'displayTitle'> & { sections: readonly Pick<Section, 'id' | 'heading'>[] })[]): ArticleCatalog {
  const byId = new Map(articles.map((a) => [a.id, { title: a.displayTitle, headings: new Map(a.sections.map((s) => [s.id, s.heading])) }]));
  return {
    title: (articleId) => byId.get(articleId)?.title,
    heading: (articleId, sectionId) => byId.get(articleId)?.headings.get(sectionId),
  };
}
