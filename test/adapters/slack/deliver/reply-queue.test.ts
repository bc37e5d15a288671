import { createReplyQueue } from '../../../../adapters/slack/deliver/reply-queue';

/** Busy-waits `ms` milliseconds: a job's synchronous work (the engine) as the event loop sees it. */
function spin(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // burn CPU on purpose
  }
}

const deferred = (): { promise: Promise<void>; resolve: () => void } => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createReplyQueue', () => {
  it('runs jobs in the order they were queued', async () => {
    const queue = createReplyQueue({ onError: () => {} });
    const order: number[] = [];
    for (let i = 0; i < 5; i++) queue.run(async () => void order.push(i));
    await queue.drain();
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('lets the event loop handle other callbacks (acknowledgements) between two jobs', async () => {
    const queue = createReplyQueue({ onError: () => {} });
    const order: string[] = [];
    for (let i = 0; i < 4; i++)
      queue.run(async () => {
        order.push(`job${i}`);
        spin(5);
      });
    // Queued after every job, as a request arriving mid-backlog would be.
    setImmediate(() => order.push('ack'));
    await queue.drain();
    expect(order.indexOf('ack')).toBeLessThan(order.indexOf('job1'));
  });

  it('keeps at most `concurrency` jobs under way and starts the next as one settles', async () => {
    const queue = createReplyQueue({ concurrency: 2, onError: () => {} });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    gates.forEach((gate, i) =>
      queue.run(async () => {
        started.push(i);
        await gate.promise;
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1]);
    expect(queue.running).toBe(2);
    expect(queue.waiting).toBe(1);
    gates[0].resolve();
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1, 2]);
    gates[1].resolve();
    gates[2].resolve();
    await queue.drain();
    expect(queue.running).toBe(0);
  });

  it('reports full once `capacity` jobs are waiting, and still runs every accepted job', async () => {
    const queue = createReplyQueue({ concurrency: 1, capacity: 3, onError: () => {} });
    const gate = deferred();
    let done = 0;
    queue.run(() => gate.promise.then(() => void done++));
    await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 3; i++) queue.run(async () => void done++);
    expect(queue.waiting).toBe(3);
    expect(queue.full()).toBe(true);
    // Accepted beyond capacity (a request already acknowledged) is still answered.
    queue.run(async () => void done++);
    gate.resolve();
    await queue.drain();
    expect(done).toBe(5);
    expect(queue.full()).toBe(false);
  });

  it('hands failures, thrown or rejected, to onError and carries on', async () => {
    const errors: unknown[] = [];
    const queue = createReplyQueue({ onError: (error) => errors.push(error) });
    let ran = false;
    queue.run(() => {
      throw new Error('thrown');
    });
    queue.run(() => Promise.reject(new Error('rejected')));
    queue.run(async () => {
      ran = true;
    });
    await queue.drain();
    expect(errors.map((e) => (e as Error).message)).toEqual(['thrown', 'rejected']);
    expect(ran).toBe(true);
  });

  it('drains at once when nothing was queued', async () => {
    await expect(createReplyQueue({ onError: () => {} }).drain()).resolves.toBeUndefined();
  });
});
