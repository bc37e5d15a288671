/** Work started after Slack was acknowledged, tracked so a graceful shutdown can wait for it. */
export interface InFlight {
  /** Runs `work` and remembers it until it settles; resolves when it does (never rejects). */
  run(work: () => Promise<void>): Promise<void>;
  /** Resolves once everything started so far has settled. */
  drain(): Promise<void>;
}

export function createInFlight(onError: (error: unknown) => void): InFlight {
  const pending = new Set<Promise<void>>();
  return {
    run(work) {
      const task = work().catch(onError);
      pending.add(task);
      void task.finally(() => pending.delete(task));
      return task;
    },
    async drain() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
