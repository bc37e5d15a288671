/** Assembles one Article from one article copy: blocks, sections, errors, tags. */
import type { Article, Block, Section } from '../model';
import { slugify, uniqueSlug } from '../slug';
import { deriveLabel, detectApiTypes, detectTopics } from '../tags';
import { blocksText } from '../text';
import { fixTypos } from '../typos';
import { parseBlocks } from './blocks';
import { cleanBlock, cleanHeading, withoutEmptyGroups } from './clean-text';
import { placeErrors } from './place-errors';
import { splitRelated } from './related-lines';
import { buildSections, toBlock } from './sections';
import type { ArticleCopy } from './split-pages';

/** An imported article and its related-link lines, resolved once all articles are known. */
export interface ImportedArticle {
  article: Article;
  relatedLines: string[];
  /** The problem statement as blocks (Article.summary is their text); the Markdown writer needs them. */
  summaryBlocks: Block[];
}

/** Builds the article a copy describes; `fileFor` maps an article id to its Markdown path. */
export function buildArticle(copy: ArticleCopy, fileFor: (id: string) => string): ImportedArticle {
  const { body, related } = splitRelated(copy.lines);
  const built = buildSections(parseBlocks(body));
  const summary = built.summary;
  const drafts = withoutEmptyGroups(built.sections).map((draft) => ({ ...draft, heading: cleanHeading(draft.heading) }));
  const errors = placeErrors(summary, drafts);
  const taken = new Set<string>();
  const sections: Section[] = drafts.map((draft, i) => ({
    id: uniqueSlug(draft.heading, taken),
    heading: draft.heading,
    level: draft.level,
    blocks: draft.blocks.map((b) => cleanBlock(toBlock(b))),
    errors: errors[i],
  }));
  const displayTitle = fixTypos(copy.title);
  const id = slugify(displayTitle);
  const summaryBlocks = summary.map((b) => cleanBlock(toBlock(b)));
  const summaryText = blocksText(summaryBlocks);
  const headingAndQuestion = `${copy.title}\n${copy.question}`;
  const bodyText = [summaryText, ...sections.flatMap((s) => [s.heading, blocksText(s.blocks)])].join('\n');
  const apiTypes = detectApiTypes(headingAndQuestion, bodyText);
  const topics = detectTopics([headingAndQuestion, summaryText, ...sections.map((s) => s.heading)].join('\n'));
  const tags = [...new Set([...apiTypes.map((t) => t.toLowerCase()), ...topics])];
  const label = deriveLabel(headingAndQuestion);
  const article: Article = {
    id,
    title: copy.title,
    displayTitle,
    question: copy.question,
    updated: copy.updated,
    summary: summaryText,
    tags,
    variants: apiTypes,
    ...(label ? { label } : {}),
    sections,
    related: [],
    sources: [copy.source],
    file: fileFor(id),
  };
  return { article, relatedLines: related, summaryBlocks };
}
