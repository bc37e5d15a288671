import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { indexPathFor, knowledgeDirFor } from '../../src/cli/knowledge-paths';
import { captureOutput, type CapturedOutput } from '../support/captured-output';

const ARTICLE = `---
title: Fix Quillstream relay key expiry
updated: 2025-03-01
errors:
  rotate-the-relay-key:
    - "QS-2207: relay key expired"
---

Relays stop forwarding batches once their key expires.

## Rotate the relay key

1. Create a new relay key.
2. Restart the relay with it.
`;

describe('the articles and index a kb command works on', () => {
  it('are the ones named, else KNOWLEDGE_DIR and INDEX_PATH as the server reads them, else the shipped ones', () => {
    const env = { KNOWLEDGE_DIR: '../team-kb', INDEX_PATH: 'var/team-index.json' };
    expect(knowledgeDirFor('given', env)).toBe(path.resolve('given'));
    expect(knowledgeDirFor(undefined, env)).toBe(path.resolve('../team-kb'));
    expect(indexPathFor(undefined, env)).toBe(path.resolve('var/team-index.json'));
    expect(knowledgeDirFor(undefined, {})).toMatch(/knowledge[\\/]articles$/);
    expect(indexPathFor(undefined, {})).toMatch(/dist[\\/]kb-index\.json$/);
  });

  describe('kb ask with KNOWLEDGE_DIR set', () => {
    let dir: string;
    let output: CapturedOutput;
    const saved = process.env.KNOWLEDGE_DIR;

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-paths-'));
      fs.writeFileSync(path.join(dir, 'fix-quillstream-relay-key-expiry.md'), ARTICLE);
      process.env.KNOWLEDGE_DIR = dir;
      output = captureOutput();
    });

    afterEach(() => {
      if (saved === undefined) delete process.env.KNOWLEDGE_DIR;
      else process.env.KNOWLEDGE_DIR = saved;
      jest.restoreAllMocks();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('answers from that folder, as the server would', async () => {
      expect(await main(['ask', '--json', 'QS-2207: relay key expired on edge-1'])).toBe(0);
      const reply = JSON.parse(output.out) as { kind: string; article: { title: string } };
      expect(reply.kind).toBe('answer');
      expect(reply.article.title).toBe('Fix Quillstream relay key expiry');
    });
  });
});
