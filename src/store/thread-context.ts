/** Parses a stored thread context, rejecting anything that is not a version-1 context (old or foreign data). */
import type { ThreadContext } from '../conversation/types';

/** Stored JSON -> ThreadContext, or undefined when it is not a current one. */
export function parseThreadContext(json: string): ThreadContext | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Partial<ThreadContext>;
    if (record.version !== 1 || typeof record.query !== 'string' || !Array.isArray(record.shown) || !Array.isArray(record.candidates)) return undefined;
    return value as ThreadContext;
  } catch {
    return undefined;
  }
}
