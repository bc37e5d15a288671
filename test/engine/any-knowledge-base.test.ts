import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEngine } from '../../src/engine';

// A team's own knowledge base, about a product nobody has heard of, in a folder with no kb.yml:
// the same engine, with no code change, answers its errors, asks nothing it cannot, and turns away
// what the articles do not cover.
const ARTICLES: Record<string, string> = {
  'fix-quillstream-ledger-lock-timeouts.md': `---
title: Fix Quillstream ledger lock timeouts
updated: 2025-03-01
errors:
  release-stale-ledger-locks:
    - "QS-4102: ledger lock not acquired within 30s"
---

Writers to a Quillstream ledger fail while another writer holds the ledger lock.

## Release stale ledger locks

A crashed writer can leave its lock behind. List the locks and release the stale one.

1. List the ledger locks.
2. Release the lock whose owner is gone.

\`\`\`sh
qsctl ledger locks --ledger orders
qsctl ledger unlock --ledger orders --owner writer-7
\`\`\`

## Raise the lock wait

Busy ledgers need a longer wait than the default 30 seconds.

\`\`\`sh
qsctl config set ledger.lockWait 90s
\`\`\`
`,
  'rotate-expired-quillstream-relay-keys.md': `---
title: Rotate expired Quillstream relay keys
updated: 2025-03-01
errors:
  rotate-the-relay-key:
    - "QS-2207: relay key expired"
---

Relays stop forwarding batches once their key expires.

## Rotate the relay key

1. Create a new relay key.
2. Restart the relay with it.

\`\`\`sh
qsctl relay keys create --relay edge-1
qsctl relay restart --relay edge-1
\`\`\`
`,
  'size-quillstream-spool-disks.md': `---
title: Size Quillstream spool disks
updated: 2025-03-01
errors:
  grow-the-spool:
    - "QS-3300: spool full, batch rejected"
---

A relay rejects batches when its spool disk is full.

## Grow the spool

Give the spool volume twice the peak hourly batch volume, then restart the relay.
`,
};

describe('an engine over a made-up product', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-made-up-'));
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function engine() {
    const loaded = await loadEngine({ knowledgeDir: dir, indexPath: path.join(dir, 'no-index.json'), warmUp: false });
    expect(loaded.problems).toEqual([]);
    return loaded.engine;
  }

  it.each([
    ['2025-03-02T10:11:12Z writer-3 ERROR QS-4102: ledger lock not acquired within 30s (ledger=orders)', 'fix-quillstream-ledger-lock-timeouts', 'release-stale-ledger-locks'],
    ['relay edge-2 stopped forwarding: QS-2207: relay key expired', 'rotate-expired-quillstream-relay-keys', 'rotate-the-relay-key'],
    ['QS-3300: spool full, batch rejected on relay edge-1', 'size-quillstream-spool-disks', 'grow-the-spool'],
  ])('answers %j with its article and section', async (text, articleId, sectionId) => {
    const { reply } = (await engine()).respond(text);
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(reply.article.id).toBe(articleId);
    expect(reply.section.id).toBe(sectionId);
  });

  it('answers from a knowledge base of one article with one section, the way a team starts', async () => {
    const single = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-one-'));
    try {
      fs.writeFileSync(path.join(single, 'rotate-expired-quillstream-relay-keys.md'), ARTICLES['rotate-expired-quillstream-relay-keys.md']);
      const { engine: one } = await loadEngine({ knowledgeDir: single, indexPath: path.join(single, 'no-index.json'), warmUp: false });
      const { reply } = one.respond('relay edge-2 stopped forwarding: QS-2207: relay key expired');
      if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
      expect(reply.section.id).toBe('rotate-the-relay-key');
    } finally {
      fs.rmSync(single, { recursive: true, force: true });
    }
  });

  it('turns away what no article covers, naming no product', async () => {
    const { reply } = (await engine()).respond('psql: error: connection to server at "10.1.2.3", port 5432 failed: FATAL:  password authentication failed for user "app"');
    expect(reply.kind).toBe('none');
    if (reply.kind === 'none') expect(reply.message).not.toMatch(/API Gateway/i);
  });
});
