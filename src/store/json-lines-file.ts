/**
 * An append-only JSON-lines file: one record a line, appended in call order, read back whole. A
 * torn last line after a crash is skipped. Appends made while a write is under way go together in
 * the next write (group commit): under load that is one write for many records instead of an
 * open, a write and a close each, which cost more CPU than answering the message. The file is held
 * open only while there is something to write, so a file moved away between bursts (log
 * rotation, an operator's `mv`) is created afresh on the next append.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** One append-only JSON-lines file of records of type T. */
export interface JsonLinesFile<T> {
  readonly file: string;
  /** Resolves once the record is in the file; rejects if writing it failed. */
  append(record: T): Promise<void>;
  readAll(): Promise<T[]>;
  /** Resolves once every append made so far has reached the file (or failed). */
  flush(): Promise<void>;
  /**
   * Rewrites the file with only the records `keep` accepts (written aside, then renamed over it);
   * resolves with how many were removed. Appends made meanwhile are written after it.
   */
  retain(keep: (record: T) => boolean): Promise<number>;
}

interface PendingLine {
  line: string;
  done: (error?: unknown) => void;
}

/** Opens (lazily creates) the JSON-lines file at `file`. */
export function createJsonLinesFile<T>(file: string): JsonLinesFile<T> {
  let pending: PendingLine[] = [];
  let writing: Promise<void> | undefined;

  async function open(): Promise<fs.FileHandle> {
    try {
      return await fs.open(file, 'a');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await fs.mkdir(path.dirname(file), { recursive: true });
      return fs.open(file, 'a');
    }
  }

  // Each round holds the file open while there are lines to write. A failed write ends its round,
  // so the next one starts from a fresh open; lines appended while the file was being closed get a
  // round of their own.
  async function writeBatches(): Promise<void> {
    while (pending.length > 0) {
      let handle: fs.FileHandle | undefined;
      try {
        while (pending.length > 0) {
          const batch = pending;
          pending = [];
          try {
            handle ??= await open();
            await handle.appendFile(batch.map((p) => p.line).join(''), 'utf8');
            for (const p of batch) p.done();
          } catch (error) {
            for (const p of batch) p.done(error);
            break;
          }
        }
      } finally {
        await handle?.close().catch(() => undefined);
      }
    }
    writing = undefined;
  }

  function append(record: T): Promise<void> {
    const line = JSON.stringify(record) + '\n';
    const written = new Promise<void>((resolve, reject) => {
      pending.push({ line, done: (error) => (error === undefined ? resolve() : reject(error)) });
    });
    writing ??= writeBatches();
    return written;
  }

  async function flush(): Promise<void> {
    while (writing) await writing;
  }

  async function readAll(): Promise<T[]> {
    await flush();
    return readRecords();
  }

  async function readRecords(): Promise<T[]> {
    let content: string;
    try {
      content = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const records: T[] = [];
    for (const line of content.split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        // A line cut short by a crash mid-write: the rest of the file is still good.
      }
    }
    return records;
  }

  async function retain(keep: (record: T) => boolean): Promise<number> {
    await flush();
    let removed = 0;
    const rewrite = (async () => {
      const records = await readRecords();
      const kept = records.filter(keep);
      removed = records.length - kept.length;
      if (removed === 0) return;
      const aside = `${file}.${process.pid}.tmp`;
      await fs.writeFile(aside, kept.map((r) => JSON.stringify(r) + '\n').join(''), 'utf8');
      await fs.rename(aside, file);
    })();
    // Holding `writing` makes appends made during the rewrite queue up; they are written once it is done.
    writing = rewrite.then(writeBatches, writeBatches);
    await rewrite;
    return removed;
  }

  return { file, append, readAll, flush, retain };
}
