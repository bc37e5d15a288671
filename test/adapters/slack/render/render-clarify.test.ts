import { renderReply } from '../../../../adapters/slack/render/reply';
import { blockKitProblems } from '../../../support/slack-block-limits';
import { ackFixture, clarifyFixture, noneFixture } from '../fixtures';

describe('renderReply for a clarify question', () => {
  it('lists the candidates and gives each its own button with a unique action id', () => {
    expect(renderReply(clarifyFixture())).toEqual({
      text: 'Which of these is it?',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Which of these is it?' } },
        { type: 'section', text: { type: 'mrkdwn', text: '1. *API Gateway 502 errors*: A 502 with "Malformed Lambda proxy response"\n2. *Lambda timeouts*: A 504 after 29 seconds' } },
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'kb_choose', text: { type: 'plain_text', text: 'A 502 with "Malformed Lambda proxy response"', emoji: true }, value: '{"a":"api-gateway-502","s":"malformed-response"}' },
            { type: 'button', action_id: 'kb_choose#1', text: { type: 'plain_text', text: 'A 504 after 29 seconds', emoji: true }, value: '{"a":"lambda-timeout","s":"timeout"}' },
          ],
        },
      ],
    });
  });

  it('cuts a candidate label to the 75 characters a button allows', () => {
    const reply = clarifyFixture();
    reply.candidates[0] = { ...reply.candidates[0], label: 'L'.repeat(120) };
    const message = renderReply(reply);
    expect(blockKitProblems(message)).toEqual([]);
  });
});

describe('renderReply for no match', () => {
  it('says so and lists the closest articles', () => {
    expect(renderReply(noneFixture()).blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: "I don't have an article for this." } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Closest articles*\n• *Lambda timeouts*: Why does my integration time out?' } },
    ]);
  });
});

describe('renderReply for an acknowledgement', () => {
  it('is one section with the message', () => {
    expect(renderReply(ackFixture())).toEqual({ text: 'Glad that fixed it.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Glad that fixed it.' } }] });
  });
});
