import { renderReply } from '../../../../adapters/slack/render/reply';
import { literalMrkdwn } from '../../../../adapters/slack/render/mrkdwn';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { richSection } from '../../../support/rich-section';
import { answerFixture } from '../fixtures';

const VALUE = '{"a":"api-gateway-502","s":"malformed-response"}';
const PAGE = 'https://kb.example.com/kb/api-gateway-502';

describe('renderReply for an answer', () => {
  it('shows the section in the author\'s order: a linked article, steps with their own code and sub-list, a note, the list resumed at 4', () => {
    const reply = answerFixture({ blocks: richSection(), article: { ...answerFixture().article, url: PAGE } });
    expect(renderReply(reply)).toEqual({
      text: 'API Gateway 502 errors: The Lambda function returned a body that is not a string.',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'API Gateway 502 errors', emoji: true } },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: 'Matched `Malformed Lambda proxy response`' },
            { type: 'mrkdwn', text: 'Section: *Malformed Lambda proxy response*' },
          ],
        },
        { type: 'section', text: { type: 'mrkdwn', text: '*Cause*\nThe Lambda function returned a body that is not a string.' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text:
              '*Fix*\nFor other 5xx errors, see <https://kb.example.com/kb/fix-502-errors|How do I fix 502 errors?> first.\n' +
              '1. Open the Lambda console.\n2. Return a wildcard `(*/*)` resource, then run the following command:',
          },
        },
        { type: 'section', text: { type: 'mrkdwn', text: '```\n$ aws lambda get-policy --function-name my_fn\n```' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text:
              '3. Check the policy:\n      • Effect is Allow\n      • Resource ends with `/*/*`\n' +
              ':information_source: *Note:* The cache keeps the old policy until its TTL ends.\n4. Redeploy the API.',
          },
        },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: `:books: <${PAGE}|API Gateway 502 errors> · AWS Knowledge Center` },
            { type: 'mrkdwn', text: 'Updated 2024-05-01' },
            { type: 'mrkdwn', text: `<${PAGE}|Full article>` },
          ],
        },
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'kb_solved', text: { type: 'plain_text', text: '✅ Solved', emoji: true }, value: VALUE, style: 'primary' },
            { type: 'button', action_id: 'kb_not_it', text: { type: 'plain_text', text: '👎 Not it', emoji: true }, value: VALUE },
            { type: 'button', action_id: 'kb_full_article', text: { type: 'plain_text', text: 'Full article', emoji: true }, value: '{"a":"api-gateway-502"}' },
            {
              type: 'static_select',
              action_id: 'kb_other_causes',
              placeholder: { type: 'plain_text', text: 'Other causes', emoji: true },
              options: [{ text: { type: 'plain_text', text: 'Integration timeout', emoji: true }, value: '{"a":"api-gateway-502","s":"timeout"}' }],
            },
          ],
        },
      ],
    });
  });

  it('names the article in the source line when it has no page', () => {
    const footer = renderReply(answerFixture()).blocks.find((b) => b.type === 'context' && JSON.stringify(b).includes(':books:'));
    expect(footer).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: ':books: API Gateway 502 errors · AWS Knowledge Center' },
        { type: 'mrkdwn', text: 'Updated 2024-05-01' },
      ],
    });
  });

  it('keeps */* and underscores literal: words with formatting characters become inline code', () => {
    expect(literalMrkdwn('return a wildcard ( */* ) resource for my_function_name')).toBe('return a wildcard ( `*/*` ) resource for `my_function_name`');
    expect(literalMrkdwn('use `a_b` and ~x~ & <y>')).toBe('use `a_b` and `~x~` &amp; &lt;y&gt;');
  });

  it('adds the emoji to the feedback buttons when the engine labels them without', () => {
    const reply = answerFixture();
    reply.actions = reply.actions.map((a) => (a.id === 'kb_solved' ? { ...a, label: 'Solved it' } : a));
    const elements = renderReply(reply).blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(elements[0]).toMatchObject({ text: { text: '✅ Solved it' } });
  });

  it('quotes pasted mentions and broadcasts back as inert text', () => {
    const message = renderReply(answerFixture({ matched: 'fails <!channel> <@U123ABC> <#C999> @here &', text: 'ping <!here>' }));
    const json = JSON.stringify(message);
    expect(json).not.toMatch(/<[!@#]/);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('@\u200bhere');
    expect(message.text).toBe('ping &lt;!here&gt;');
  });

  it('says how sure it is when confidence is not high', () => {
    const low = renderReply(answerFixture({ confidence: 'low' }));
    expect(JSON.stringify(low.blocks[1])).toContain('Low confidence');
  });

  it('shows a long section a page at a time, with "Show more" for the rest of the section', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph ${i} `.padEnd(300, 'y') }));
    const first = renderReply(answerFixture({ blocks }));
    expect(blockKitProblems(first)).toEqual([]);
    const more = first.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.action_id === 'kb_show_more');
    expect(more).toMatchObject({ type: 'button', value: '{"a":"api-gateway-502","s":"malformed-response","p":1}' });
    const shown = JSON.stringify(first);
    expect(shown).toContain('Paragraph 0 ');
    expect(shown).not.toContain('Paragraph 39 ');
    const pages = [first];
    for (let page = 1; page < 20; page++) {
      const message = renderReply(answerFixture({ blocks }), { page });
      expect(blockKitProblems(message)).toEqual([]);
      pages.push(message);
      if (!JSON.stringify(message).includes('kb_show_more')) break;
    }
    const all = pages.map((m) => JSON.stringify(m)).join('');
    for (let i = 0; i < 40; i++) expect(all).toContain(`Paragraph ${i} `);
  });

  it('keeps an enormous code block within the limits, with the source and the buttons', () => {
    const code = Array.from({ length: 2000 }, (_, i) => `echo ${i}`).join('\n');
    const message = renderReply(answerFixture({ blocks: [{ kind: 'code', lang: 'shell', code }] }));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks[message.blocks.length - 1].type).toBe('actions');
    expect(blockKitProblems(message)).toEqual([]);
  });

  it('leaves private notices out of a public message and its fallback text, and shows them in a private one', () => {
    const notice = { kind: 'credential' as const, message: 'You pasted an AWS secret access key: rotate it.', private: true };
    const reply = answerFixture({ notices: [notice], text: `${notice.message}\n\nAPI Gateway 502 errors` });
    const shown = renderReply(reply);
    expect(JSON.stringify(shown)).not.toContain('rotate it');
    expect(shown.text).toBe('API Gateway 502 errors');
    const privately = renderReply(reply, { includePrivateNotices: true });
    expect(privately.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: ':lock: You pasted an AWS secret access key: rotate it.' }] });
  });

  it('adds "Share in channel" and carries the thread key in the block id for a private reply', () => {
    const message = renderReply(answerFixture(), { shareable: true, threadKey: 'cmd.123.456' });
    const actions = message.blocks[message.blocks.length - 1];
    expect(actions).toMatchObject({ type: 'actions', block_id: 'kbt0|cmd.123.456' });
    expect(actions.type === 'actions' && actions.elements[actions.elements.length - 1]).toEqual({
      type: 'button',
      action_id: 'kb_share',
      text: { type: 'plain_text', text: 'Share in channel', emoji: true },
      value: VALUE,
    });
  });

  it('sends an option value too long for Slack in its short form rather than dropping the option', () => {
    const reply = answerFixture();
    const long = JSON.stringify({ a: 'a'.repeat(100), s: 's'.repeat(100) });
    reply.actions = reply.actions.map((a) => (a.options ? { ...a, options: [{ label: 'x', value: long }] } : a));
    const select = renderReply(reply).blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.type === 'static_select');
    expect(select).toBeDefined();
    const value = select!.type === 'static_select' ? select!.options![0].value! : '';
    expect(value.length).toBeLessThanOrEqual(150);
    expect(JSON.parse(value)).toEqual({ ah: expect.any(String), sh: expect.any(String) });
  });
});
