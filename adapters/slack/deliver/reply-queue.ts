/**
 * The work done after Slack has been acknowledged (answering, posting), run from a bounded FIFO so
 * acknowledgements never wait behind it. Each job starts from its own setImmediate, so the event
 * loop reads incoming requests — and sends their 200s — between any two jobs; at most
 * `concurrency` jobs are under way at once (most of them waiting on the Web API). Accepted work is
 * never dropped: when `capacity` jobs are waiting, `full()` tells the receiver to refuse new
 * requests (Slack redelivers them later), and graceful shutdown waits for everything accepted.
 */

/** Post-acknowledgement work, queued. */
export interface ReplyQueue {
  /**
   * Queues `work` and returns at once, so the listener (and the request it came with) is done;
   * a failure goes to onError.
   */
  run(work: () => Promise<void>): void;
  /** Jobs accepted but not started yet. */
  readonly waiting: number;
  /** Jobs started and not settled yet. */
  readonly running: number;
  /** True when `capacity` jobs are waiting: time to refuse new requests. */
  full(): boolean;
  /** Resolves once every job accepted so far has settled. */
  drain(): Promise<void>;
}

export interface ReplyQueueOptions {
  /** Jobs under way at once (default 64, the Web API connection pool's size). */
  concurrency?: number;
  /** Waiting jobs at which full() turns true (default 10,000: about 15 s of answers at full speed). */
  capacity?: number;
  onError: (error: unknown) => void;
}

type Job = () => Promise<void>;

const REPLY_QUEUE_DEFAULTS = { concurrency: 64, capacity: 10_000 } as const;

export function createReplyQueue(options: ReplyQueueOptions): ReplyQueue {
  const concurrency = options.concurrency ?? REPLY_QUEUE_DEFAULTS.concurrency;
  const capacity = options.capacity ?? REPLY_QUEUE_DEFAULTS.capacity;
  // FIFO as an array and a read index (shift() on a 10,000-long array copies it); compacted as it empties.
  let jobs: (Job | undefined)[] = [];
  let head = 0;
  let running = 0;
  let scheduled = false;
  let idle: (() => void)[] = [];

  const waitingCount = (): number => jobs.length - head;

  function schedule(): void {
    if (scheduled || running >= concurrency || waitingCount() === 0) return;
    scheduled = true;
    setImmediate(startNext);
  }

  function settled(): void {
    running--;
    if (running === 0 && waitingCount() === 0) {
      const wake = idle;
      idle = [];
      for (const resolve of wake) resolve();
    }
    schedule();
  }

  // One job started per turn of the event loop: its synchronous part (the engine) runs before the
  // loop polls sockets again, so requests that arrived meanwhile are acknowledged before the next job.
  function startNext(): void {
    scheduled = false;
    if (running >= concurrency || waitingCount() === 0) return;
    const job = jobs[head];
    jobs[head] = undefined;
    head++;
    if (!job) return schedule();
    if (head > 1024 && head * 2 > jobs.length) {
      jobs = jobs.slice(head);
      head = 0;
    }
    running++;
    let task: Promise<void>;
    try {
      task = job();
    } catch (error) {
      task = Promise.reject(error);
    }
    task.catch(options.onError).finally(settled);
    schedule();
  }

  return {
    run(work) {
      jobs.push(work);
      schedule();
    },
    get waiting() {
      return waitingCount();
    },
    get running() {
      return running;
    },
    full: () => waitingCount() >= capacity,
    drain() {
      if (running === 0 && waitingCount() === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
