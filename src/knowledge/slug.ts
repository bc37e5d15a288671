/** Slugs for article ids and section ids: lowercase ASCII words joined by hyphens. */

/** The slug of a heading or title ("Resolve \"HTTP 403\" errors" -> "resolve-http-403-errors"). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** A slug not yet in `taken` (adds -2, -3… as needed); records it in `taken`. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = slugify(text);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
