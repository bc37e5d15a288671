/**
 * A scripted day of traffic through a running kb-assistant: web chat messages over its HTTP API,
 * Slack and Teams messages through the conversation service the adapters call, button clicks,
 * and one error nobody has written an article for, pasted by several people with their own ids,
 * hosts and timestamps. Each step happens at its own hour (the runtime's clock is moved), and the
 * expected counts are tallied from the replies actually received.
 */
import { ACTION_IDS } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import type { TestRuntime } from '../support/runtime';

const HOUR_MS = 3_600_000;

/** A clock the runtime reads; the script sets how many hours ago "now" is. */
export interface ScriptClock {
  now: () => number;
  hoursAgo(hours: number): void;
}

/** Real time shifted back by a settable number of hours. */
export function scriptClock(): ScriptClock {
  let offset = 0;
  return { now: () => Date.now() - offset, hoursAgo: (hours) => void (offset = hours * HOUR_MS) };
}

type Surface = 'web' | 'slack' | 'teams';

interface Step {
  hoursAgo: number;
  surface: Surface;
  user: string;
  text: string;
  click?: 'solved' | 'not-it';
}

export const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';
export const LAMBDA_PERMISSIONS = 'Thu Mar 02 09:12:44 UTC 2023 : Execution failed due to configuration error: Invalid permissions on Lambda function';
export const BARE_403 = '403 Forbidden';
export const OFF_TOPIC = 'my sourdough starter smells like acetone, is that bad';
/** Markup someone pasted: the page must show it as text. */
export const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> **our** [cron](javascript:alert(1)) stopped overnight?';

/** The same error as four people paste it: other ids, hosts, timestamps and words around it. */
export const REPEATED_GAP = [
  '2026-11-30T08:01:12.554Z ERROR [consumer-7f3a9c21] org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced',
  'hey team, billing-worker on ip-10-0-3-17.ec2.internal keeps dying with CommitFailedException since 09:14, any idea?',
  'Caused by: org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group (member consumer-payments-2-4d1c0e9a)',
  'seeing CommitFailedException again on kafka-broker-2.internal:9092 at 2026-11-30 11:42:07',
];

export const SCRIPT: Step[] = [
  { hoursAgo: 20, surface: 'web', user: 'ana', text: GONE, click: 'solved' },
  { hoursAgo: 19, surface: 'slack', user: 'U01', text: GONE, click: 'not-it' },
  { hoursAgo: 17, surface: 'teams', user: 'T01', text: LAMBDA_PERMISSIONS, click: 'solved' },
  { hoursAgo: 15, surface: 'slack', user: 'U02', text: BARE_403 },
  { hoursAgo: 15, surface: 'web', user: 'bo', text: REPEATED_GAP[0] },
  { hoursAgo: 12, surface: 'slack', user: 'U03', text: REPEATED_GAP[1] },
  { hoursAgo: 10, surface: 'web', user: 'cy', text: OFF_TOPIC },
  { hoursAgo: 9, surface: 'web', user: 'fe', text: HOSTILE },
  { hoursAgo: 8, surface: 'teams', user: 'T02', text: REPEATED_GAP[2] },
  { hoursAgo: 6, surface: 'web', user: 'di', text: GONE },
  { hoursAgo: 4, surface: 'slack', user: 'U04', text: BARE_403 },
  { hoursAgo: 3, surface: 'web', user: 'ed', text: REPEATED_GAP[3] },
  { hoursAgo: 1, surface: 'teams', user: 'T03', text: LAMBDA_PERMISSIONS, click: 'not-it' },
];

/** What the script produced, tallied from the replies. */
export interface ScriptTally {
  /** Per step: the hour bucket start (ISO) and the reply's kind. */
  steps: { bucket: string; surface: Surface; kind: Reply['kind']; click?: 'solved' | 'not-it' }[];
  totals: { questions: number; answer: number; clarify: number; none: number; solved: number; notIt: number };
}

let sequence = 0;

async function postJson<T>(app: TestRuntime, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return (await res.json()) as T;
}

async function send(app: TestRuntime, step: Step): Promise<{ threadId: string; reply: Reply }> {
  if (step.surface === 'web') return postJson(app, '/api/chat/messages', { text: step.text });
  sequence += 1;
  const threadId = step.surface === 'slack' ? `slack:C0INSIGHT:1700000000.${String(sequence).padStart(6, '0')}` : `teams:19:insights-${sequence}@thread.tacv2`;
  const result = await app.runtime.service.handleMessage({ id: `msg-${sequence}-${Date.now()}`, threadId, channel: step.surface, userId: step.user, text: step.text });
  if (result.status !== 'replied') throw new Error('the message was dropped as a duplicate');
  return { threadId, reply: result.reply };
}

async function click(app: TestRuntime, step: Step, threadId: string, reply: Reply): Promise<void> {
  const id = step.click === 'solved' ? ACTION_IDS.solved : ACTION_IDS.notIt;
  const action = reply.actions.find((a) => a.id === id);
  if (!action) throw new Error(`no ${id} button on the reply to ${JSON.stringify(step.text)}`);
  if (step.surface === 'web') {
    await postJson(app, '/api/chat/actions', { threadId, action: action.id, value: action.value });
    return;
  }
  sequence += 1;
  const result = await app.runtime.service.handleAction({ id: `click-${sequence}-${Date.now()}`, threadId, channel: step.surface, userId: step.user, action: action.id, value: action.value });
  if (result.status !== 'replied') throw new Error('the click was dropped as a duplicate');
}

function hourStart(time: number): string {
  return new Date(Math.floor(time / HOUR_MS) * HOUR_MS).toISOString();
}

/** Runs SCRIPT against `app`, moving `clock`; returns what happened. */
export async function runScriptedDay(app: TestRuntime, clock: ScriptClock): Promise<ScriptTally> {
  const tally: ScriptTally = { steps: [], totals: { questions: 0, answer: 0, clarify: 0, none: 0, solved: 0, notIt: 0 } };
  for (const step of SCRIPT) {
    clock.hoursAgo(step.hoursAgo);
    const bucket = hourStart(clock.now());
    const { threadId, reply } = await send(app, step);
    if (reply.kind !== 'answer' && reply.kind !== 'clarify' && reply.kind !== 'none') throw new Error(`unexpected ${reply.kind} reply to ${JSON.stringify(step.text)}`);
    tally.totals.questions += 1;
    tally.totals[reply.kind] += 1;
    if (step.click) {
      if (reply.kind !== 'answer') throw new Error(`expected an answer to ${JSON.stringify(step.text)}, got ${reply.kind}`);
      await click(app, step, threadId, reply);
      if (step.click === 'solved') tally.totals.solved += 1;
      else tally.totals.notIt += 1;
    }
    tally.steps.push({ bucket, surface: step.surface, kind: reply.kind, click: step.click });
  }
  clock.hoursAgo(0);
  return tally;
}
