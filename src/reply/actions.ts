/**
 * Button/action ids, defined once and shared by every renderer and handler.
 * An action's `value` is a small JSON payload (see encodeActionValue) small enough for every
 * platform's limit (Slack: 2,000 characters).
 */

export const ACTION_IDS = {
  solved: 'kb_solved',
  notIt: 'kb_not_it',
  fullArticle: 'kb_full_article',
  otherCauses: 'kb_other_causes',
  related: 'kb_related',
  chooseCandidate: 'kb_choose',
  /** Next page of a long article, for renderers that must split it (Slack's 50-block limit). */
  showMore: 'kb_show_more',
  /** Hand the conversation to people (see src/escalation). */
  askExpert: 'kb_ask_expert',
  /** An expert takes an escalation; the value names it (escalation/action-value.ts). */
  takeEscalation: 'kb_esc_take',
  /** Closes an escalation, from either thread. */
  resolveEscalation: 'kb_esc_resolve',
  /** A suggested follow-up question; the value carries its text (see engine/suggestions.ts). */
  suggestion: 'kb_suggest',
} as const;

export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

const ALL_ACTION_IDS: ReadonlySet<string> = new Set(Object.values(ACTION_IDS));

export function isActionId(value: string): value is ActionId {
  return ALL_ACTION_IDS.has(value);
}

/** What an action refers to: an article, a section of it, a page of it. */
export interface ActionTarget {
  articleId?: string;
  sectionId?: string;
  page?: number;
}

export interface Action {
  id: ActionId;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
  /** For pickers (other causes, related): one option per choice; `value` of each is encoded too. */
  options?: { label: string; value: string }[];
}

export function encodeActionValue(target: ActionTarget): string {
  const compact: Record<string, string | number> = {};
  if (target.articleId) compact.a = target.articleId;
  if (target.sectionId) compact.s = target.sectionId;
  if (target.page !== undefined) compact.p = target.page;
  return JSON.stringify(compact);
}

/** Never throws: a tampered or foreign value decodes to an empty target. */
export function decodeActionValue(value: string): ActionTarget {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const record = parsed as Record<string, unknown>;
    const target: ActionTarget = {};
    if (typeof record.a === 'string' && record.a.length <= 200) target.articleId = record.a;
    if (typeof record.s === 'string' && record.s.length <= 200) target.sectionId = record.s;
    if (typeof record.p === 'number' && Number.isInteger(record.p) && record.p >= 0 && record.p < 1000) target.page = record.p;
    return target;
  } catch {
    return {};
  }
}
