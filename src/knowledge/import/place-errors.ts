/**
 * Attaches each error message to the section that resolves it. An error in a heading or a section's
 * text belongs to that section; an error in the problem statement goes to the resolution section
 * that names it, else to the main resolution section; an error the short description names but a
 * resolution section resolves is kept only on the resolution section.
 */
import type { RawBlock } from './blocks';
import { addErrors, codeErrors, errorKey, errorsInText } from './errors';

/** A section as error placement sees it. */
export interface PlacementSection {
  heading: string;
  level: 2 | 3;
  blocks: readonly RawBlock[];
}

/** Errors quoted in blocks: prose line by line, list items, and error keys in code fragments. */
function blockErrors(blocks: readonly RawBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') addErrors(out, errorsInText(block.text));
    else if (block.kind === 'code') addErrors(out, codeErrors(block.code));
    else for (const item of block.items) for (const line of item.split('\n')) addErrors(out, errorsInText(line));
  }
  return out;
}

const same = (a: string, b: string): boolean => errorKey(a).includes(errorKey(b)) || errorKey(b).includes(errorKey(a));

/** The error list of each section, index for index. */
export function placeErrors(summary: readonly RawBlock[], sections: readonly PlacementSection[]): string[][] {
  const headingErrors = sections.map((s) => errorsInText(s.heading));
  const bodyErrors = sections.map((s) => blockErrors(s.blocks));
  const result = sections.map((_, i) => {
    const list: string[] = [];
    addErrors(list, headingErrors[i]);
    addErrors(list, bodyErrors[i]);
    return list;
  });

  const resolutionAt = sections.findIndex((s) => s.level === 2 && /^resolution$/i.test(s.heading));
  const inResolution = (i: number): boolean => resolutionAt >= 0 && i >= resolutionAt;
  const mainAt = resolutionAt < 0 ? sections.findIndex((s) => s.blocks.length > 0) : sections.findIndex((s, i) => i >= resolutionAt && s.blocks.length > 0);

  for (const error of blockErrors(summary)) {
    let target = sections.findIndex((_, i) => inResolution(i) && headingErrors[i].some((e) => same(e, error)));
    if (target < 0) target = sections.findIndex((_, i) => inResolution(i) && bodyErrors[i].some((e) => same(e, error)));
    if (target < 0) target = mainAt;
    if (target >= 0) addErrors(result[target], [error]);
  }

  if (resolutionAt >= 0) {
    const resolved = result.filter((_, i) => inResolution(i)).flat();
    for (let i = 0; i < resolutionAt; i++) result[i] = result[i].filter((error) => !resolved.some((e) => same(e, error)));
  }
  return result;
}
