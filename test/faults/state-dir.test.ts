import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/observability/logger';
import { main } from '../../src/server';

const ROOT = path.resolve(__dirname, '..', '..');

describe('STATE_DIR that cannot be written', () => {
  it('stops the start with one line naming STATE_DIR and the fix (a path under a file)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-state-'));
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a directory');
    const lines: string[] = [];
    const codes: number[] = [];
    try {
      const runtime = await main({
        env: { PORT: '0', HOST: '127.0.0.1', STATE_DIR: path.join(file, 'state'), KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'), INDEX_PATH: path.join(ROOT, 'dist', 'kb-index.json') },
        exit: (c) => codes.push(c),
        writeError: (l) => lines.push(l),
        handleSignals: false,
        runtime: { logger: silentLogger, processMetrics: false },
      });
      expect(runtime).toBeUndefined();
      expect(codes).toEqual([1]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^kb-assistant could not start: STATE_DIR \(.+\) is not a writable directory \(ENOTDIR\): set STATE_DIR to a directory/);
      expect(lines[0]).not.toMatch(/\n|    at /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
