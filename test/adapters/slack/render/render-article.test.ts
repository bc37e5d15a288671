import { articlePages } from '../../../../adapters/slack/render/article';
import { renderReply } from '../../../../adapters/slack/render/reply';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { articleFixture } from '../fixtures';

describe('renderReply for a full article', () => {
  it('renders a short article in one message: headings, paragraphs, numbered steps and code in order', () => {
    const message = renderReply(articleFixture(1));
    expect(message.blocks.slice(0, 4)).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'API Gateway 502 errors', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'My API returns 502.' } },
      { type: 'section', text: { type: 'mrkdwn', text: `*Section 0*\n${'Paragraph 0 '.padEnd(200, 'x')}\n1. First\n2. Second` } },
      { type: 'section', text: { type: 'mrkdwn', text: '```\necho 0\n```' } },
    ]);
    expect(JSON.stringify(message)).not.toContain('kb_show_more');
  });

  it('splits a long article into pages that each fit, with "Show more" pointing at the next page', () => {
    const reply = articleFixture(40, 1500);
    const pages = articlePages(reply);
    expect(pages.length).toBeGreaterThan(2);
    for (let page = 0; page < pages.length; page += 1) {
      const message = renderReply(reply, { page });
      expect(blockKitProblems(message)).toEqual([]);
      expect((message.blocks[0] as { text: { text: string } }).text.text).toBe(`API Gateway 502 errors (${page + 1}/${pages.length})`);
      const more = JSON.stringify(message).includes(`{\\"a\\":\\"api-gateway-502\\",\\"p\\":${page + 1}}`);
      expect(more).toBe(page < pages.length - 1);
    }
  });

  it('shows every section exactly once across the pages', () => {
    const reply = articleFixture(40, 1500);
    const all = articlePages(reply).flat().map((b) => JSON.stringify(b)).join('\n');
    for (let i = 0; i < 40; i += 1) expect(all.split(`*Section ${i}*`).length - 1).toBe(1);
  });
});
