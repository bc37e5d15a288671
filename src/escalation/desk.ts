/**
 * The escalation desk: opens, takes, resolves and relays escalations, keeping them in the Store
 * so every instance sees the same state. Where experts are reached is the adapters' business;
 * the desk only knows, per channel, whether there is an experts' channel, a contact to name, or
 * (web chat) a record to show.
 */
import { randomBytes } from 'node:crypto';
import type { Channel, ThreadContext } from '../conversation/types';
import type { Redactor } from '../security/types';
import type { EscalationRecord, Store } from '../store/types';
import { isActive, openEscalation, resolveEscalation, takeEscalation, withExpertThread, type Transition } from './records';

/** How people are reached from one channel. */
export type EscalationRoute = 'experts-channel' | 'record' | 'contact';

/** Escalation settings (from config): the experts' channels and the free-text contact. */
export interface EscalationSettings {
  slackChannel?: string;
  teamsChannel?: string;
  /** Who to ask when no experts' channel is set, e.g. "#platform-help or Dana Lee". */
  contact?: string;
}

/** A section as people read it: the article's title and the section's heading. */
export interface ShownSection {
  title: string;
  heading: string;
}

/** What the experts are told with a new escalation. */
export interface EscalationBrief {
  shown: ShownSection | null;
  /** Typed and clicked feedback in the asker's thread, oldest first. */
  feedback: { helpful: boolean; section: ShownSection | null }[];
}

export type AskOutcome =
  | { kind: 'opened'; route: EscalationRoute; record: EscalationRecord; brief: EscalationBrief; contact?: string }
  | { kind: 'already'; record: EscalationRecord }
  | { kind: 'contact'; contact?: string };

/** A message to pass on between the asker's thread and the expert thread. */
export interface Relay {
  record: EscalationRecord;
  to: 'asker' | 'expert';
  /** The thread to post in. */
  threadId: string;
  /** The message with credentials removed. */
  text: string;
}

export interface EscalationDesk {
  readonly settings: EscalationSettings;
  routeFor(channel: Channel): EscalationRoute;
  ask(input: { channel: Channel; threadId: string; context: ThreadContext | undefined }): Promise<AskOutcome>;
  take(id: string, expert: string): Promise<Transition | undefined>;
  resolve(id: string): Promise<Transition | undefined>;
  /** Notes where the escalation was posted for the experts. */
  postedTo(id: string, expertThread: string): Promise<EscalationRecord | undefined>;
  get(id: string): Promise<EscalationRecord | undefined>;
  /** Where a message written in `threadId` goes, when that thread belongs to an active escalation. */
  relay(threadId: string, text: string): Promise<Relay | undefined>;
}

export interface EscalationDeskDeps {
  store: Store;
  settings: EscalationSettings;
  describe: (articleId: string, sectionId: string) => ShownSection | undefined;
  redact: Redactor;
  now?: () => number;
  newId?: () => string;
}

const newEscalationId = (): string => `esc-${randomBytes(8).toString('hex')}`;

export function createEscalationDesk(deps: EscalationDeskDeps): EscalationDesk {
  const { store, settings } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? newEscalationId;
  const at = (): string => new Date(now()).toISOString();

  function routeFor(channel: Channel): EscalationRoute {
    if (channel === 'slack' && settings.slackChannel) return 'experts-channel';
    if (channel === 'teams' && settings.teamsChannel) return 'experts-channel';
    if (channel === 'web') return 'record';
    return 'contact';
  }

  function section(articleId: string | undefined, sectionId: string | undefined): ShownSection | null {
    return articleId ? (deps.describe(articleId, sectionId ?? '') ?? null) : null;
  }

  async function change(id: string, apply: (record: EscalationRecord) => Transition): Promise<Transition | undefined> {
    const record = await store.getEscalation(id);
    if (!record) return undefined;
    const result = apply(record);
    if (result.ok && result.changed) await store.saveEscalation(result.record);
    return result;
  }

  return {
    settings,
    routeFor,
    async ask({ channel, threadId, context }) {
      const route = routeFor(channel);
      if (route === 'contact') return { kind: 'contact', contact: settings.contact };
      const existing = await store.findEscalationByThread(threadId);
      if (isActive(existing) && existing.threadId === threadId) return { kind: 'already', record: existing };
      const record = openEscalation({ id: newId(), at: at(), channel, threadId, question: context?.query ?? '', shown: context?.current });
      await store.saveEscalation(record);
      const feedback = (await store.listFeedback()).filter((f) => f.threadId === threadId).map((f) => ({ helpful: f.helpful, section: section(f.articleId, f.sectionId) }));
      return { kind: 'opened', route, record, brief: { shown: section(record.articleId, record.sectionId), feedback }, contact: settings.contact };
    },
    take: (id, expert) => change(id, (record) => takeEscalation(record, expert, at())),
    resolve: (id) => change(id, (record) => resolveEscalation(record, at())),
    async postedTo(id, expertThread) {
      const record = await store.getEscalation(id);
      if (!record) return undefined;
      const updated = withExpertThread(record, expertThread, at());
      await store.saveEscalation(updated);
      return updated;
    },
    get: (id) => store.getEscalation(id),
    async relay(threadId, text) {
      const record = await store.findEscalationByThread(threadId);
      if (!isActive(record) || !record.expertThread) return undefined;
      const clean = (await deps.redact(text)).text;
      if (threadId === record.expertThread) return { record, to: 'asker', threadId: record.threadId, text: clean };
      if (threadId === record.threadId) return { record, to: 'expert', threadId: record.expertThread, text: clean };
      return undefined;
    },
  };
}
