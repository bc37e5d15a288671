/** The small, JSON-serializable record a thread keeps between turns (conversation/types.ts). */
import type { RankedCandidate, ThreadContext } from '../conversation/types';

/** Candidates kept per thread: enough for several "not it", small enough for Redis. */
export const MAX_CANDIDATES = 8;
const MAX_SHOWN = 20;
const MAX_QUERY = 300;

/** A fresh context (for a thread's first message). */
export function emptyContext(): ThreadContext {
  return { version: 1, query: '', current: null, shown: [], candidates: [], lastKind: 'none', turns: 0 };
}

/** A usable context from whatever the store returned (older or damaged records start fresh). */
export function sanitizeContext(context: ThreadContext | undefined): ThreadContext | undefined {
  if (!context || context.version !== 1 || !Array.isArray(context.shown) || !Array.isArray(context.candidates)) return undefined;
  return context;
}

/** Key of a shown section. */
export function shownKey(articleId: string, sectionId: string): string {
  return `${articleId}#${sectionId}`;
}

/** The next context after a turn. */
export function nextContext(
  previous: ThreadContext | undefined,
  turn: {
    query?: string;
    current?: { articleId: string; sectionId: string } | null;
    shown?: string[];
    candidates?: RankedCandidate[];
    lastKind: ThreadContext['lastKind'];
    resetShown?: boolean;
  },
): ThreadContext {
  const base = previous ?? emptyContext();
  const shown = turn.resetShown ? [] : [...base.shown];
  for (const key of turn.shown ?? []) if (!shown.includes(key)) shown.push(key);
  return {
    version: 1,
    query: (turn.query ?? base.query).slice(0, MAX_QUERY),
    current: turn.current === undefined ? base.current : turn.current,
    shown: shown.slice(-MAX_SHOWN),
    candidates: (turn.candidates ?? base.candidates).slice(0, MAX_CANDIDATES).map((c) => ({ ...c, score: Math.round(c.score * 1000) / 1000 || 0 /* no -0: JSON would turn it into 0 */ })),
    lastKind: turn.lastKind,
    turns: base.turns + 1,
  };
}
