import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { indexPathFor, knowledgeDirFor } from '../../src/cli/knowledge-paths';
import { captureOutput, type CapturedOutput } from '../support/captured-output';

const ARTICLE = `---
title: Unstick Harborline export queues
updated: 2025-06-01
errors:
  drain-the-export-queue:
    - "HL-118: export queue stalled"
---

An export queue stops when its worker loses the lease.

## Drain the export queue

Restart the export worker; the queue drains within a minute.
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
      fs.writeFileSync(path.join(dir, 'unstick-harborline-export-queues.md'), ARTICLE);
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
      expect(await main(['ask', '--json', 'nightly export failed: HL-118: export queue stalled'])).toBe(0);
      const reply = JSON.parse(output.out) as { kind: string; article: { title: string } };
      expect(reply.kind).toBe('answer');
      expect(reply.article.title).toBe('Unstick Harborline export queues');
    });
  });
});
