/**
 * An open-loop load generator for "acknowledgement latency at N events/s": requests leave evenly
 * spaced at the offered rate whatever the server does (as Slack's deliveries do), over a pool of
 * keep-alive connections, and each latency is measured from the moment its request was due (so a
 * late generator or a stalled server is counted, not hidden). autocannon's `overallRate` is not
 * used for this: it sends each connection's quota for the second back to back at the start of the
 * second, so it measures how a burst queues (p99 68–134 ms at 1,000/s over 50 connections against
 * a server that does nothing), not latency at a rate.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { SignedRequest } from './slack-events';

export interface PacedResult {
  /** Milliseconds from each request's due time to the end of its response, in sending order. */
  latenciesMs: number[];
  /** Non-2xx answers, connection errors and timeouts. */
  failed: number;
  /** Seconds from the first request due to the last response. */
  seconds: number;
}

/** Sends `requests` to `baseUrl` at `rate` per second; resolves when every one is answered or has failed. */
export function sendPaced(baseUrl: string, requests: readonly SignedRequest[], rate: number, timeoutMs = 10_000): Promise<PacedResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const latenciesMs: number[] = new Array<number>(requests.length).fill(NaN);
  const intervalMs = 1000 / rate;
  let failed = 0;
  let sent = 0;
  let settled = 0;
  // Everything about a request is built before the clock starts: sending is all the generator does.
  const prepared = requests.map((r) => {
    const body = Buffer.from(r.body);
    const options: http.RequestOptions = { agent, host: url.hostname, port: url.port, method: r.method, path: r.path, headers: { ...r.headers, 'content-length': body.length } };
    return { options, body };
  });
  const start = performance.now();

  return new Promise((resolve) => {
    const finish = (): void => {
      agent.destroy();
      resolve({ latenciesMs, failed, seconds: (performance.now() - start) / 1000 });
    };
    const settle = (index: number, ok: boolean): void => {
      if (!Number.isNaN(latenciesMs[index])) return;
      latenciesMs[index] = performance.now() - (start + index * intervalMs);
      if (!ok) failed++;
      if (++settled === requests.length) finish();
    };
    const send = (index: number): void => {
      const { options, body } = prepared[index];
      const req = http.request(
        options,
        (res) => {
          res.resume();
          res.on('end', () => settle(index, (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
          res.on('error', () => settle(index, false));
        },
      );
      req.on('error', () => settle(index, false));
      req.end(body);
    };
    // Everything due by now goes out now: a late timer never lowers the offered rate.
    const tick = (): void => {
      const due = Math.min(requests.length, Math.floor((performance.now() - start) / intervalMs) + 1);
      while (sent < due) send(sent++);
      if (sent < requests.length) setTimeout(tick, Math.max(0, start + sent * intervalMs - performance.now()));
      // One watchdog for the whole run (cheaper than a timer per request): what is still unanswered
      // `timeoutMs` after the last request left has failed.
      else
        setTimeout(() => {
          for (let i = 0; i < requests.length; i++) settle(i, false);
        }, timeoutMs).unref();
    };
    tick();
  });
}
