/**
 * One whole escalation over Slack, step by step, against whichever instance each step names:
 * an error answered in a thread, Ask an expert, the post in the experts' channel, Take it, an
 * expert reply relayed into the asker's thread, the asker's reply relayed back, Resolved in both.
 */
import { ACTION_IDS } from '../../../../src/reply/actions';
import type { EscalationRecord, Store } from '../../../../src/store/types';
import { clickPayload } from '../../../support/slack-clicks';
import { eventEnvelope, sendEvent, sendInteraction, triggerId } from '../../../support/slack-requests';
import { STAND_IN_BOT, type RecordedCall, type SlackWebApiStandIn } from '../../../support/slack-web-api';

export const EXPERTS = 'C0EXPERTS';
const ASKER = 'U0ASKER1';
const EXPERT = 'U0EXPERT1';

/** The Slack endpoint and store of the instance a step runs on (called at that step, so a restart can swap it). */
export interface Instance {
  endpoint: string;
  store: Store;
}

export interface FlowSteps {
  ask: () => Instance;
  take: () => Instance;
  expertReply: () => Instance;
  askerReply: () => Instance;
  resolve: () => Instance;
  /** Runs after the escalation is posted, before Take it (e.g. a restart). */
  afterPosted?: () => Promise<void>;
}

const posted = (c: RecordedCall): boolean => c.method === 'chat.postMessage' && c.response?.ok === true;
const shown = (c: RecordedCall): string => JSON.stringify({ text: c.args.text, blocks: c.args.blocks });

async function click(api: SlackWebApiStandIn, endpoint: string, call: RecordedCall, base: string, userId: string): Promise<void> {
  const response = await sendInteraction(endpoint, clickPayload(call, base, { responseUrl: api.responseUrl(`click-${triggerId()}`), userId }));
  expect(response.status).toBe(200);
}

/** Runs the flow in `channel` (unique per test) with thread timestamps from `ts`; returns the escalation as finally stored. */
export async function runEscalationFlow(api: SlackWebApiStandIn, channel: string, ts: () => string, steps: FlowSteps): Promise<EscalationRecord> {
  const parent = ts();
  const inThread = (c: RecordedCall): boolean => posted(c) && c.args.channel === channel && c.args.thread_ts === parent;
  const error = 'postToConnection keeps failing:\nGoneException: 410\n    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)';
  await sendEvent(steps.ask().endpoint, eventEnvelope({ type: 'app_mention', user: ASKER, text: `<@${STAND_IN_BOT.userId}> ${error}`, ts: parent, channel }));
  const [answer] = await api.waitFor(inThread);

  // Ask an expert: posted to the experts' channel with the question, what was shown and a link; the asker is told.
  await click(api, steps.ask().endpoint, answer, ACTION_IDS.askExpert, ASKER);
  const [escalation] = await api.waitFor((c) => posted(c) && c.args.channel === EXPERTS && c.args.thread_ts === undefined && shown(c).includes(`p${parent.replace('.', '')}`));
  const text = shown(escalation);
  expect(text).toContain('GoneException');
  expect(text).toContain('The assistant showed');
  expect(text).toContain(`https://test.slack.com/archives/${channel}/p${parent.replace('.', '')}`);
  const [, told] = await api.waitFor(inThread, 2);
  expect(shown(told)).toContain('asked the experts');
  const expertTs = String(escalation.response?.ts);
  const inExpertThread = (c: RecordedCall): boolean => posted(c) && c.args.channel === EXPERTS && c.args.thread_ts === expertTs;
  await steps.afterPosted?.();

  // Take it: the message shows who took it, and the asker's thread says so.
  await click(api, steps.take().endpoint, escalation, ACTION_IDS.takeEscalation, EXPERT);
  const [update] = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === expertTs);
  expect(shown(update)).toContain(`Taken by <@${EXPERT}>`);
  const [, , taken] = await api.waitFor(inThread, 3);
  expect(shown(taken)).toContain(`<@${EXPERT}> is looking at this`);

  // The expert answers in the escalation's thread: relayed into the asker's thread.
  await sendEvent(steps.expertReply().endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: EXPERT, text: 'Check the connection with getConnection before posting <!here>', ts: ts(), thread_ts: expertTs, channel: EXPERTS }));
  const [, , , relayed] = await api.waitFor(inThread, 4);
  expect(shown(relayed)).toContain('Check the connection with getConnection before posting');
  expect(shown(relayed)).toContain(`<@${EXPERT}> (expert)`);
  expect(shown(relayed)).not.toContain('<!here>');

  // The asker answers in their thread: relayed back to the expert thread, and not answered by the bot.
  await sendEvent(steps.askerReply().endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: ASKER, text: 'still 410 after redeploying', ts: ts(), thread_ts: parent, channel }));
  const [back] = await api.waitFor((c) => inExpertThread(c) && shown(c).includes('still 410 after redeploying'));
  expect(shown(back)).toContain(`<@${ASKER}> (asker)`);

  // Resolved: the message loses its buttons, and both threads say so.
  await click(api, steps.resolve().endpoint, escalation, ACTION_IDS.resolveEscalation, EXPERT);
  const updates = await api.waitFor((c) => c.method === 'chat.update' && c.args.ts === expertTs, 2);
  const last = updates[updates.length - 1];
  expect(shown(last)).toContain('Resolved');
  expect((last.args.blocks as { type: string }[]).some((b) => b.type === 'actions')).toBe(false);
  await api.waitFor((c) => inThread(c) && shown(c).includes('marked this resolved'));
  await api.waitFor((c) => inExpertThread(c) && shown(c).includes('marked this resolved'));

  // Closed: the expert's next message stays where it is.
  const before = api.calls.filter(inThread).length;
  await sendEvent(steps.expertReply().endpoint, eventEnvelope({ type: 'message', channel_type: 'channel', user: EXPERT, text: 'one more thing', ts: ts(), thread_ts: expertTs, channel: EXPERTS }));
  await api.settle(500);
  expect(api.calls.filter(inThread)).toHaveLength(before);
  // The bot never answered the asker's relayed reply with an article of its own.
  expect(api.calls.filter(inThread).filter((c) => shown(c).includes('still 410'))).toHaveLength(0);

  const record = await steps.resolve().store.findEscalationByThread(`slack:${channel}:${parent}`);
  expect(record).toMatchObject({ state: 'resolved', takenBy: EXPERT, channel: 'slack', expertThread: `slack:${EXPERTS}:${expertTs}` });
  return record!;
}
