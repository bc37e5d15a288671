/** A `json` code block must parse, unless its author marked it as a fragment (```json fragment). */
import { codeOf, type LintRule } from './rule';

export const jsonBlocks: LintRule = (article) =>
  article.sections.flatMap((section) =>
    section.blocks.flatMap(codeOf).flatMap((block) => {
      if (block.lang !== 'json' || block.fragment) return [];
      try {
        JSON.parse(block.code);
        return [];
      } catch (error) {
        return [{ field: `sections.${section.id}`, message: `json block does not parse (${(error as Error).message}); fix it, or mark it \`\`\`json fragment if it is an excerpt` }];
      }
    }),
  );
