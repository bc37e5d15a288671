/**
 * An article's Markdown as HTML for its page (/kb/<id>), rendered with marked. Headings carry the
 * section ids the replies use, so `/kb/<id>#<section>` lands on the section. Raw HTML in the
 * Markdown is shown as text, links go only to http(s) or within the page, images show their alt text.
 */
import { Marked, type Tokens } from 'marked';
import type { Article } from './model';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function safeHref(href: string): string | null {
  return /^(?:https?:\/\/|#)/i.test(href.trim()) ? href.trim() : null;
}

/** The body of `markdown` (front matter removed) as HTML, headings id'd with `article`'s section ids in order. */
export function articleBodyHtml(markdown: string, article: Article): string {
  const ids = article.sections.map((s) => s.id);
  let next = 0;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      heading({ tokens, depth }: Tokens.Heading): string {
        const inner = this.parser.parseInline(tokens);
        // Level 1 is the title, shown by the page itself; sections are 2 and 3, as in the article model.
        if (depth === 1) return `<p><strong>${inner}</strong></p>\n`;
        const id = ids[next++] ?? `section-${next}`;
        const tag = depth === 2 ? 'h2' : 'h3';
        return `<${tag} id="${escapeHtml(id)}"><a class="anchor" href="#${escapeHtml(id)}">${inner}</a></${tag}>\n`;
      },
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        // An HTML comment separates two lists in the Markdown: nothing to show.
        return /^\s*<!--[\s\S]*-->\s*$/.test(text) ? '' : escapeHtml(text);
      },
      link({ href, tokens }: Tokens.Link): string {
        const inner = this.parser.parseInline(tokens);
        const safe = safeHref(href);
        return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${inner}</a>` : inner;
      },
      image({ text }: Tokens.Image): string {
        return escapeHtml(text);
      },
    },
  });
  return marked.parse(markdown.replace(FRONT_MATTER, '')) as string;
}
