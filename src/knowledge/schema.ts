/** The zod schema of an article's front matter (see knowledge/README.md for the format). */
import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`);

const textList = (what: string) => z.array(text(what), { error: `${what} must be a list of text` });

/** Front matter fields; optional ones get defaults here so the loader sees complete values. */
export const frontMatterSchema = z.object({
  id: z.string().regex(SLUG, 'id must be a slug: lowercase letters, digits and hyphens').optional(),
  title: text('title'),
  displayTitle: text('displayTitle').optional(),
  question: text('question').optional(),
  updated: z
    .string({ error: (issue) => (issue.input === undefined ? 'updated is required (YYYY-MM-DD)' : 'updated must be a date written YYYY-MM-DD') })
    .regex(DATE, 'updated must be a date written YYYY-MM-DD')
    .refine((value) => !DATE.test(value) || isRealDate(value), 'updated is not a real calendar date'),
  label: text('label').optional(),
  tags: textList('tags').default([]),
  /** The variants of the product an article applies to (API types, runtimes, platforms): the KB's own words. */
  variants: textList('variants').optional(),
  /** Older name of `variants`, still read. */
  apiTypes: textList('apiTypes').optional(),
  sources: textList('sources').default(['hand-written']),
  errors: z.record(z.string(), textList('error strings'), { error: 'errors must map section ids to lists of error strings' }).default({}),
  related: textList('related').default([]),
});
