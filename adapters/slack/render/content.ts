/**
 * Reply blocks (paragraphs, notes, numbered steps with their own code and sub-lists) as Block Kit
 * section blocks, in the author's order. Text runs are joined into one section until a code block,
 * which gets its own fenced section so "run the following command:" sits right above its command.
 */
import type { ReplyBlock, ReplyItem, TextLink } from '../../../src/reply/model';
import { SLACK_LIMITS } from '../limits';
import { sections, type SlackBlock } from './blocks';
import { escapeMrkdwn, fencedCode, literalMrkdwn } from './mrkdwn';

/** Each nesting level of a list indents by this (Slack keeps leading spaces in section text). */
const INDENT = '      ';

/** Plain text with the words that name another article linked to its page (when it has one). */
export function linkedText(text: string, links: TextLink[] | undefined): string {
  const linked = (links ?? []).filter((l) => l.url && text.includes(l.text));
  if (linked.length === 0) return literalMrkdwn(text);
  let out = '';
  let rest = text;
  for (const link of linked) {
    const at = rest.indexOf(link.text);
    if (at < 0) continue;
    out += literalMrkdwn(rest.slice(0, at)) + `<${link.url!.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(link.text).replace(/[|]/g, '¦')}>`;
    rest = rest.slice(at + link.text.length);
  }
  return out + literalMrkdwn(rest);
}

/** Collects text lines and code sections in order. */
class Builder {
  readonly blocks: SlackBlock[] = [];
  private lines: string[] = [];

  line(text: string): void {
    this.lines.push(text);
  }

  code(code: string): void {
    this.flush();
    for (const chunk of fencedCode(code, SLACK_LIMITS.sectionText)) this.blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  }

  flush(): void {
    if (this.lines.length > 0) this.blocks.push(...sections(this.lines.join('\n')));
    this.lines = [];
  }
}

function items(out: Builder, list: ReplyItem[], marker: (i: number) => string, indent: string): void {
  list.forEach((item, i) => {
    const text = linkedText(item.text, item.links).replace(/\n/g, `\n${indent}${INDENT}`);
    out.line(`${indent}${marker(i)} ${text}`);
    write(out, item.blocks, indent + INDENT);
  });
}

function write(out: Builder, blocks: readonly ReplyBlock[], indent: string): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out.line(`${indent}${linkedText(block.text, block.links)}`);
        break;
      case 'note':
        out.line(`${indent}:information_source: *${escapeMrkdwn(block.label)}:* ${linkedText(block.text, block.links)}`);
        break;
      case 'heading':
        out.line(`${indent}*${escapeMrkdwn(block.text)}*`);
        break;
      case 'steps':
        items(out, block.items, (i) => `${block.start + i}.`, indent);
        break;
      case 'bullets':
        items(out, block.items, () => '•', indent);
        break;
      case 'code':
        out.code(block.code);
        break;
      default: {
        const unreachable: never = block;
        return unreachable;
      }
    }
  }
}

/** Section blocks for reply blocks, with an optional bold title line first. */
export function contentBlocks(blocks: readonly ReplyBlock[], title?: string): SlackBlock[] {
  const out = new Builder();
  if (title) out.line(`*${escapeMrkdwn(title)}*`);
  write(out, blocks, '');
  out.flush();
  return out.blocks;
}
