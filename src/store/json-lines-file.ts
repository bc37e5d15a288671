/**
 * An append-only JSON-lines file: one record a line, appended in call order (writes are chained
 * so concurrent appends never interleave), read back whole. A torn last line after a crash is skipped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** One append-only JSON-lines file of records of type T. */
export interface JsonLinesFile<T> {
  readonly file: string;
  append(record: T): Promise<void>;
  readAll(): Promise<T[]>;
  /** Resolves once every append made so far has reached the file (or failed). */
  flush(): Promise<void>;
}

/** Opens (lazily creates) the JSON-lines file at `file`. */
export function createJsonLinesFile<T>(file: string): JsonLinesFile<T> {
  let queue: Promise<unknown> = Promise.resolve();
  let dirReady = false;

  function append(record: T): Promise<void> {
    const line = JSON.stringify(record) + '\n';
    const write = queue.then(async () => {
      if (!dirReady) {
        await fs.mkdir(path.dirname(file), { recursive: true });
        dirReady = true;
      }
      await fs.appendFile(file, line, 'utf8');
    });
    queue = write.catch(() => undefined);
    return write;
  }

  async function readAll(): Promise<T[]> {
    await queue;
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

  return { file, append, readAll, flush: () => queue.then(() => undefined) };
}
