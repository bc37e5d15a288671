/**
 * Warms an engine before it takes traffic: V8 compiles the hot paths and the per-term search cache
 * fills, so the first people to paste an error get the same latency as later ones. The messages
 * come from the knowledge base itself — each section's error strings in the shapes people paste
 * them (a JSON body, a CloudWatch log line, a stack trace, a curl -v response, a question) and each
 * article's question — so nothing outside the articles is needed.
 */
import type { Article } from '../knowledge/model';
import type { Engine } from './types';

/** Enough to settle the JIT on the shipped knowledge base (about 0.2 s); bounded for big ones. */
const MAX_MESSAGES = 600;
const ROUNDS = 2;

function shapes(error: string, index: number): string[] {
  const id = `${(index * 7919).toString(16).padStart(8, '0')}-1111-4222-8333-${index.toString().padStart(12, '0')}`;
  return [
    error,
    JSON.stringify({ message: error }),
    `Mon Jan 01 00:00:${String(index % 60).padStart(2, '0')} UTC 2024 : ${error}\nMethod completed with status: 500`,
    `Error: ${error}\n    at handler (/var/task/index.js:${index + 10}:7)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
    `< HTTP/1.1 403 Forbidden\n< x-request-id: ${id}\n{"message":"${error.replace(/"/g, "'")}"}`,
    `we keep seeing "${error}" since this morning, any idea?`,
  ];
}

/** The warm-up messages for a knowledge base, at most MAX_MESSAGES. */
export function warmUpMessages(articles: readonly Article[]): string[] {
  const messages: string[] = [];
  let index = 0;
  for (const article of articles) {
    messages.push(article.question, article.displayTitle);
    for (const section of article.sections) for (const error of section.errors) messages.push(...shapes(error, index++));
  }
  return messages.slice(0, MAX_MESSAGES);
}

/** Runs the warm-up messages through the engine (results discarded); returns how many it ran. */
export function warmUp(engine: Engine, articles: readonly Article[]): number {
  const messages = warmUpMessages(articles);
  for (let round = 0; round < ROUNDS; round++) for (const message of messages) engine.respond(message);
  return messages.length * ROUNDS;
}

/** Warm-up messages run between two yields to the event loop (a few milliseconds of work). */
const SLICE = 20;

/**
 * The same warm-up a slice at a time, yielding to the event loop between slices, for a server that
 * is already listening: it is ready sooner (the warm-up is about half of start-up) and answers
 * whatever arrives meanwhile. Stops early once `stop()` is true; resolves with how many it ran.
 */
export async function warmUpGradually(engine: Engine, articles: readonly Article[], stop: () => boolean = () => false): Promise<number> {
  const messages = warmUpMessages(articles);
  let ran = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let start = 0; start < messages.length; start += SLICE) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stop()) return ran;
      for (const message of messages.slice(start, start + SLICE)) engine.respond(message);
      ran += Math.min(SLICE, messages.length - start);
    }
  }
  return ran;
}
