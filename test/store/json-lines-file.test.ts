import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createJsonLinesFile } from '../../src/store/json-lines-file';

describe('createJsonLinesFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-jsonl-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the call order of many appends made at once, each record on its own line', async () => {
    const log = createJsonLinesFile<{ n: number }>(path.join(dir, 'log.jsonl'));
    await Promise.all(Array.from({ length: 2_000 }, (_, n) => log.append({ n })));
    const lines = fs.readFileSync(log.file, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { n: number }).n)).toEqual(Array.from({ length: 2_000 }, (_, n) => n));
  });

  it('resolves an append only once its record can be read back', async () => {
    const log = createJsonLinesFile<{ id: string }>(path.join(dir, 'log.jsonl'));
    await log.append({ id: 'a' });
    expect(fs.readFileSync(log.file, 'utf8')).toBe('{"id":"a"}\n');
  });

  it('writes appends made during a write in the next write, losing none', async () => {
    const log = createJsonLinesFile<{ n: number }>(path.join(dir, 'log.jsonl'));
    const first = log.append({ n: 0 });
    const more = [1, 2, 3].map((n) => log.append({ n }));
    await first;
    await Promise.all(more);
    expect(await log.readAll()).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('creates the file and its directory afresh when they are removed between bursts', async () => {
    const file = path.join(dir, 'nested', 'log.jsonl');
    const log = createJsonLinesFile<{ n: number }>(file);
    await log.append({ n: 1 });
    fs.rmSync(path.join(dir, 'nested'), { recursive: true });
    await log.append({ n: 2 });
    expect(await log.readAll()).toEqual([{ n: 2 }]);
  });

  it('rejects the appends of a failed write and writes later appends once the path is writable again', async () => {
    const file = path.join(dir, 'log.jsonl');
    fs.mkdirSync(file); // a directory where the file should be: opening it for append fails
    const log = createJsonLinesFile<{ n: number }>(file);
    await expect(log.append({ n: 1 })).rejects.toMatchObject({ code: 'EISDIR' });
    fs.rmdirSync(file);
    await log.append({ n: 2 });
    expect(await log.readAll()).toEqual([{ n: 2 }]);
  });

  it('flush waits for appends still being written', async () => {
    const log = createJsonLinesFile<{ n: number }>(path.join(dir, 'log.jsonl'));
    void log.append({ n: 1 });
    void log.append({ n: 2 });
    await log.flush();
    expect(fs.readFileSync(log.file, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
  });
});
