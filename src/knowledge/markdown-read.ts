/**
 * Reads an article's Markdown body (marked's lexer) into the summary and sections. Front matter is
 * split off and validated by load.ts; this module only knows the body.
 */
import type { Token, Tokens } from 'marked';
import { lex } from './marked-lexer';
import type { Block, CodeLang } from './model';

/** A section as found in the body, before front-matter errors are attached. */
export interface BodySection {
  heading: string;
  level: 2 | 3;
  blocks: Block[];
}

/** The body: blocks before the first heading (the summary) and the sections. */
export interface ParsedBody {
  summary: Block[];
  sections: BodySection[];
}

const LANGS: Record<string, CodeLang> = {
  shell: 'shell', sh: 'shell', bash: 'shell', console: 'shell', zsh: 'shell',
  json: 'json', yaml: 'yaml', yml: 'yaml',
  javascript: 'javascript', js: 'javascript', typescript: 'javascript', ts: 'javascript',
  python: 'python', py: 'python', xml: 'xml', html: 'xml', text: 'text', txt: 'text', plain: 'text',
};

/** A fence's language as a CodeLang ("text" when absent or unknown). */
function codeLang(info: string | undefined): CodeLang {
  return LANGS[(info ?? '').trim().split(/\s+/)[0].toLowerCase()] ?? 'text';
}

function unescapeParagraph(text: string): string {
  return text.startsWith('\\') && /^\\[#>+*\-\d`~<=|\s]/.test(text) ? text.slice(1) : text;
}

function tokenBlock(token: Token): Block | null {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return { kind: 'paragraph', text: unescapeParagraph((token as Tokens.Paragraph).text.trim()) };
    case 'list': {
      const list = token as Tokens.List;
      const read = list.items.map(listItem);
      const items = read.map((r) => r.text);
      const nested = read.some((r) => r.sub.length > 0) ? { sub: read.map((r) => r.sub) } : {};
      if (!list.ordered) return { kind: 'bullets', items, ...nested };
      const start = typeof list.start === 'number' ? list.start : 1;
      return start === 1 ? { kind: 'steps', items, ...nested } : { kind: 'steps', items, start, ...nested };
    }
    case 'code': {
      const code = token as Tokens.Code;
      const fragment = (code.lang ?? '').trim().split(/\s+/).slice(1).includes('fragment');
      return fragment ? { kind: 'code', lang: codeLang(code.lang), code: code.text, fragment } : { kind: 'code', lang: codeLang(code.lang), code: code.text };
    }
    case 'blockquote':
    case 'table':
      return { kind: 'paragraph', text: token.raw.trim() };
    case 'html': {
      const raw = token.raw.trim();
      return /^<!--[\s\S]*-->$/.test(raw) ? null : { kind: 'paragraph', text: raw };
    }
    default:
      return null;
  }
}

/** A list item's own text and the blocks nested under it (its code, a sub-list); items without nesting keep their text whole. */
function listItem(item: Tokens.ListItem): { text: string; sub: Block[] } {
  const tokens = item.tokens.filter((t) => t.type !== 'space');
  if (tokens.every((t) => t.type === 'text' || t.type === 'paragraph')) return { text: item.text.trim(), sub: [] };
  const own: string[] = [];
  const sub: Block[] = [];
  for (const token of tokens) {
    if ((token.type === 'text' || token.type === 'paragraph') && sub.length === 0) {
      own.push((token as Tokens.Text).text.trim());
      continue;
    }
    const block = tokenBlock(token);
    if (block) sub.push(block);
  }
  return { text: own.join('\n'), sub };
}

/** Parses a Markdown body. Level-1 headings are skipped (the title lives in front matter). */
export function parseBody(markdown: string): ParsedBody {
  const summary: Block[] = [];
  const sections: BodySection[] = [];
  for (const token of lex(markdown)) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (heading.depth === 1) continue;
      sections.push({ heading: heading.text.trim(), level: heading.depth === 2 ? 2 : 3, blocks: [] });
      continue;
    }
    const block = tokenBlock(token);
    if (!block) continue;
    (sections.length > 0 ? sections[sections.length - 1].blocks : summary).push(block);
  }
  return { summary, sections };
}
