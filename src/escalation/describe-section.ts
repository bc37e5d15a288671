/** Names a shown section for people (article title and section heading) from the engine's articles. */
import type { Engine } from '../engine/types';
import type { ShownSection } from './desk';

export function describeSection(engine: Engine): (articleId: string, sectionId: string) => ShownSection | undefined {
  return (articleId, sectionId) => {
    const article = engine.article(articleId);
    if (!article) return undefined;
    const section = article.sections.find((s) => s.id === sectionId);
    return { title: article.article.displayTitle, heading: section?.heading ?? article.article.question };
  };
}
