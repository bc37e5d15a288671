/**
 * Whether a click can be genuine: it names a thread this assistant answered (the store knows it)
 * and, if it names an article or section, one the knowledge base has. Anything else is forged or
 * stale and is refused before it is acted on or recorded.
 */
import type { Engine } from '../engine/types';
import { decodeActionValue } from '../reply/actions';
import type { IncomingAction, ThreadContext } from './types';

export type ActionCheck = { ok: true } | { ok: false; reason: 'unknown-thread' | 'unknown-article' | 'unknown-section' };

/** Returns a checker over the engine's articles (their section ids are read once, on first use). */
export function createActionCheck(engine: Engine): (action: IncomingAction, context: ThreadContext | undefined) => ActionCheck {
  let sections: Map<string, Set<string>> | undefined;
  function sectionsOf(articleId: string): Set<string> | undefined {
    sections ??= new Map(engine.articles().map((a) => [a.id, new Set(engine.article(a.id)?.sections.map((s) => s.id) ?? [])]));
    return sections.get(articleId);
  }
  return (action, context) => {
    if (!context) return { ok: false, reason: 'unknown-thread' };
    const target = decodeActionValue(action.value);
    if (target.articleId === undefined) return { ok: true };
    const known = sectionsOf(target.articleId);
    if (!known) return { ok: false, reason: 'unknown-article' };
    if (target.sectionId !== undefined && target.sectionId !== '' && !known.has(target.sectionId)) return { ok: false, reason: 'unknown-section' };
    return { ok: true };
  };
}
