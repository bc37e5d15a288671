/** Search documents: one per section, carrying its article's title, question and tags. */
import { createHash } from 'node:crypto';
import type { Article, SectionDocument } from './model';
import { blockText } from './text';

/** One SectionDocument per section of every article, in article and section order. */
export function toSectionDocuments(articles: readonly Article[]): SectionDocument[] {
  return articles.flatMap((article) =>
    article.sections.map((section) => ({
      id: `${article.id}#${section.id}`,
      articleId: article.id,
      sectionId: section.id,
      title: article.displayTitle,
      question: article.question,
      tags: [...article.tags, ...article.variants.map((t) => t.toLowerCase()), ...(article.label ? [article.label] : [])]
        .filter((tag, i, all) => all.indexOf(tag) === i)
        .join(' '),
      heading: section.heading,
      errors: section.errors.join('\n'),
      body: section.blocks.map(blockText).join('\n'),
    })),
  );
}

/**
 * A sha256 over the articles' content (ids, text, errors, tags; not file paths), in id order.
 * A prebuilt index stores it; a different value means the knowledge changed since the build.
 */
export function knowledgeFingerprint(articles: readonly Article[]): string {
  const hash = createHash('sha256');
  for (const article of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const { file: _file, ...content } = article;
    hash.update(JSON.stringify(content));
    hash.update('\n');
  }
  return hash.digest('hex');
}
