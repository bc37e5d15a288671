/**
 * Escalations for the single-instance store: every saved version appended to a JSON-lines file
 * and the latest version of each kept in memory (read back from the file on first use, so a
 * restart loses nothing). The last line for an id wins.
 */
import type { JsonLinesFile } from './json-lines-file';
import type { EscalationRecord } from './types';

/** Escalations over one JSON-lines file. */
export interface EscalationLog {
  save(record: EscalationRecord): Promise<void>;
  get(id: string): Promise<EscalationRecord | undefined>;
  findByThread(threadId: string): Promise<EscalationRecord | undefined>;
  list(): Promise<EscalationRecord[]>;
  /** Deletes every escalation last updated before `cutoff` (ISO time), all its versions; resolves with how many went. */
  dropBefore(cutoff: string): Promise<number>;
}

interface Loaded {
  byId: Map<string, EscalationRecord>;
  /** Asker's and expert threads -> the id of the latest escalation there. */
  byThread: Map<string, string>;
}

function index(loaded: Loaded, record: EscalationRecord): void {
  loaded.byId.set(record.id, record);
  loaded.byThread.set(record.threadId, record.id);
  if (record.expertThread) loaded.byThread.set(record.expertThread, record.id);
}

/** Escalations kept in `file`, with `append` the way the store writes (it tracks write failures). */
export function createEscalationLog(file: JsonLinesFile<EscalationRecord>, append: (record: EscalationRecord) => Promise<void>): EscalationLog {
  let loading: Promise<Loaded> | undefined;
  const load = (): Promise<Loaded> =>
    (loading ??= file.readAll().then((records) => {
      const loaded: Loaded = { byId: new Map(), byThread: new Map() };
      for (const record of records) if (typeof record?.id === 'string') index(loaded, record);
      return loaded;
    }));
  const copy = (record: EscalationRecord | undefined): EscalationRecord | undefined => (record ? { ...record } : undefined);

  return {
    async save(record) {
      const loaded = await load();
      await append(record);
      index(loaded, { ...record });
    },
    async get(id) {
      return copy((await load()).byId.get(id));
    },
    async findByThread(threadId) {
      const loaded = await load();
      const id = loaded.byThread.get(threadId);
      return copy(id === undefined ? undefined : loaded.byId.get(id));
    },
    async list() {
      return [...(await load()).byId.values()].map((r) => ({ ...r })).sort((a, b) => a.at.localeCompare(b.at));
    },
    async dropBefore(cutoff) {
      const loaded = await load();
      const old = new Set([...loaded.byId.values()].filter((r) => (r.updatedAt ?? r.at) < cutoff).map((r) => r.id));
      if (old.size === 0) return 0;
      for (const id of old) loaded.byId.delete(id);
      for (const [thread, id] of loaded.byThread) if (old.has(id)) loaded.byThread.delete(thread);
      await file.retain((record) => !old.has(record.id));
      return old.size;
    },
  };
}
