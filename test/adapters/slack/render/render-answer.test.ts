import { renderReply } from '../../../../adapters/slack/render/reply';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { answerFixture } from '../fixtures';

const VALUE = '{"a":"api-gateway-502","s":"malformed-response"}';

describe('renderReply for an answer', () => {
  it('renders header, what matched, cause, numbered steps, code, source and buttons as exact Block Kit', () => {
    expect(renderReply(answerFixture())).toEqual({
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
        { type: 'section', text: { type: 'mrkdwn', text: '*Fix*\n1. Open the function.\n2. Return `body` as a string: JSON.stringify(body).' } },
        { type: 'section', text: { type: 'mrkdwn', text: '```\naws logs tail /aws/lambda/fn\n```' } },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: ':books: AWS Knowledge Center (knowledge/articles/api-gateway-502.md)' },
            { type: 'mrkdwn', text: 'Updated 2024-05-01' },
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

  it('splits steps longer than a section allows into several sections, each within the limits', () => {
    const steps = Array.from({ length: 40 }, (_, i) => `Step ${i} `.padEnd(300, 'y'));
    const message = renderReply(answerFixture({ steps }));
    const fix = message.blocks.filter((b) => b.type === 'section' && b.text?.text.includes('Step'));
    expect(fix.length).toBeGreaterThan(3);
    expect(blockKitProblems(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('40. Step 39');
  });

  it('cuts an enormous answer to 50 blocks, keeping the source and the buttons', () => {
    const code = Array.from({ length: 80 }, () => ({ lang: 'shell' as const, code: 'echo hi' }));
    const message = renderReply(answerFixture({ code }));
    expect(message.blocks).toHaveLength(50);
    expect(message.blocks[message.blocks.length - 1].type).toBe('actions');
    expect(JSON.stringify(message.blocks[message.blocks.length - 3])).toContain('Full article');
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

  it('leaves out a select option whose value Slack would reject, and the select when none is left', () => {
    const reply = answerFixture();
    reply.actions = reply.actions.map((a) => (a.options ? { ...a, options: [{ label: 'x', value: 'v'.repeat(151) }] } : a));
    const json = JSON.stringify(renderReply(reply));
    expect(json).not.toContain('static_select');
  });
});
