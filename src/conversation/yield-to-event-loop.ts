/**
 * Lets waiting I/O (a health check, another person's message) run between the CPU-heavy steps of
 * one message — redaction, then search — so no single message holds the event loop for long.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
