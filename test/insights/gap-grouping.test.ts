/**
 * Gap grouping: the same error pasted by different people — other ids, hosts, timestamps, other
 * words around it — is one gap; different errors stay apart. The records are made as the service
 * makes them: credentials removed, the engine's signature, the text cut at 500 characters.
 */
import { groupGaps } from '../../src/insights/gaps';
import { gapSignature } from '../../src/insights/gap-signature';
import { createArticleCatalog } from '../../src/insights/catalog';
import { redactSecrets } from '../../src/security/redact';
import type { UnansweredRecord } from '../../src/store/types';
import { seededRandom } from '../bench/seeded-random';
import { shippedEngine } from '../engine/engine-fixture';

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function variables(next: () => number) {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  const day = 1 + Math.floor(next() * 28);
  const hh = String(Math.floor(next() * 24)).padStart(2, '0');
  const mm = String(Math.floor(next() * 60)).padStart(2, '0');
  return {
    iso: `2026-11-${String(day).padStart(2, '0')}T${hh}:${mm}:0${Math.floor(next() * 10)}.${Math.floor(next() * 900) + 100}Z`,
    clock: `${hh}:${mm}`,
    host: `${pick(next, ['kafka-broker', 'db-prod', 'ip-10-0-3', 'worker'])}-${Math.floor(next() * 9) + 1}.${pick(next, ['internal', 'example.com', 'corp'])}`,
    ip: `10.${Math.floor(next() * 255)}.${Math.floor(next() * 255)}.${Math.floor(next() * 255)}`,
    id: hex(8),
    uuid: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
    pid: String(10000 + Math.floor(next() * 80000)),
    service: pick(next, ['billing-worker', 'orders-api', 'payments', 'ledger-sync']),
  };
}

type Vars = ReturnType<typeof variables>;

const COMMIT_FAILED: ((v: Vars) => string)[] = [
  (v) => `${v.iso} ERROR [consumer-${v.id}] org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced`,
  (v) => `hey team, ${v.service} on ${v.host} keeps dying with CommitFailedException since ${v.clock}, any idea?`,
  (v) => `Caused by: org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group (member consumer-${v.service}-${v.id})`,
  (v) => `seeing CommitFailedException again on ${v.host}:9092 at ${v.iso}`,
  (v) => `Exception in thread "main" org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed\n\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.sendOffsetCommitRequest(ConsumerCoordinator.java:1109)\n\tat com.acme.${v.service.replace('-', '')}.Main.run(Main.java:42)\nrequest id ${v.uuid}`,
];

const TOO_MANY_CLIENTS: ((v: Vars) => string)[] = [
  (v) => `psql: error: connection to server at "${v.host}" (${v.ip}), port 5432 failed: FATAL:  sorry, too many clients already`,
  (v) => `${v.iso} [${v.pid}] FATAL:  sorry, too many clients already`,
  (v) => `hi, ${v.service} can't reach ${v.host} since ${v.clock}:\nFATAL: sorry, too many clients already`,
  (v) => `getting "sorry, too many clients already" from ${v.ip} again (request ${v.uuid})`,
  (v) => `Error: sorry, too many clients already\n    at Parser.parseErrorMessage (/srv/${v.service}/releases/${v.id}/node_modules/pg-protocol/dist/parser.js:287:98)\n    at Socket.<anonymous> (/srv/${v.service}/node_modules/pg-protocol/dist/index.js:11:42)`,
];

const OTHERS = [
  'java.lang.OutOfMemoryError: Java heap space',
  'ERROR 1045 (28000): Access denied for user \'app\'@\'10.2.3.4\' (using password: YES)',
  'how do I rotate the signing key for our webhooks?',
];

const { engine, articles } = shippedEngine();
const catalog = createArticleCatalog(articles);

async function asRecorded(text: string, i: number): Promise<UnansweredRecord> {
  const { text: redacted } = await redactSecrets(text);
  const result = engine.respond(redacted);
  return { at: new Date(Date.UTC(2026, 10, 30, 8, i)).toISOString(), channel: 'web', threadId: `web:thread-${i}`, reason: 'none', signature: result.signature, text: redacted.slice(0, 500) };
}

function pastes(templates: ((v: Vars) => string)[], count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => templates[i % templates.length](variables(next)));
}

describe('gap grouping', () => {
  it('puts 20 differently worded pastes of one error (other ids, hosts, timestamps) in one group of 20', async () => {
    const texts = pastes(COMMIT_FAILED, 20, 7);
    expect(new Set(texts).size).toBe(20);
    const gaps = groupGaps(await Promise.all(texts.map(asRecorded)), catalog);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ count: 20, none: 20, threads: 20, signature: 'CommitFailedException' });
    expect(gaps[0].examples).toHaveLength(3);
  });

  it('groups an error without a type name by the words of its message: 20 pastes, one group', async () => {
    const texts = pastes(TOO_MANY_CLIENTS, 20, 11);
    expect(new Set(texts).size).toBe(20);
    const gaps = groupGaps(await Promise.all(texts.map(asRecorded)), catalog);
    expect(gaps.map((g) => [g.signature, g.count])).toEqual([['sorry, too many clients already', 20]]);
  });

  it('keeps different errors apart, largest group first', async () => {
    const texts = [...pastes(COMMIT_FAILED, 6, 3), ...pastes(TOO_MANY_CLIENTS, 4, 5), ...OTHERS];
    const gaps = groupGaps(await Promise.all(texts.map(asRecorded)), catalog);
    expect(gaps.map((g) => g.count)).toEqual([6, 4, 1, 1, 1]);
    expect(new Set(gaps.map((g) => g.signature)).size).toBe(5);
  });

  it('shows examples with credentials already removed', async () => {
    const gaps = groupGaps([await asRecorded('CommitFailedException on kafka with password=hunter2hunter2 and AKIAIOSFODNN7EXAMPLE', 1)], catalog);
    expect(JSON.stringify(gaps)).not.toMatch(/hunter2hunter2|AKIAIOSFODNN7EXAMPLE/);
  });
});

describe('gapSignature', () => {
  it('keys a typed error on its types and statuses, whatever the words around them', () => {
    expect(gapSignature('GoneException 410 while posting').key).toBe(gapSignature('got a 410 (GoneException) from the websocket for connection abc=').key);
  });

  it('keeps the statuses of an untyped error apart', () => {
    expect(gapSignature('HTTP 502 upstream connect error').key).not.toBe(gapSignature('HTTP 504 upstream connect error').key);
  });
});
