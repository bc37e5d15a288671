/**
 * The runtime warms its engine up in the background once listening, unless told not to (test
 * runtimes are, to save CPU; this file checks both ways).
 */
import { createLogger } from '../../src/observability/logger';
import { warmUpMessages } from '../../src/engine/warm-up';
import { loadKnowledge } from '../../src/knowledge/load';
import { startTestRuntime } from '../support/runtime';

interface LogRecord {
  msg: string;
  messages?: number;
}

describe('engine warm-up in the runtime', () => {
  it('runs by default once listening and logs how many messages it ran', async () => {
    const lines: LogRecord[] = [];
    let warmed: () => void = () => {};
    const done = new Promise<void>((resolve) => (warmed = resolve));
    const logger = createLogger('debug', (line) => {
      const record = JSON.parse(line) as LogRecord;
      lines.push(record);
      if (record.msg === 'engine warmed up') warmed();
    });
    // warmUp: undefined is what every caller but the test helper passes: the runtime's default.
    const app = await startTestRuntime({}, { logger, warmUp: undefined });
    try {
      await done;
      const { articles } = await loadKnowledge(app.runtime.config.knowledgeDir);
      expect(lines.find((l) => l.msg === 'engine warmed up')?.messages).toBe(warmUpMessages(articles).length * 2);
    } finally {
      await app.close();
    }
  });

  it('does not run with warmUp: false', async () => {
    const lines: LogRecord[] = [];
    const app = await startTestRuntime({}, { logger: createLogger('debug', (line) => lines.push(JSON.parse(line) as LogRecord)), warmUp: false });
    const response = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'GoneException 410' }) });
    expect(response.status).toBe(200);
    await app.close();
    // A started warm-up stops at its next slice once the runtime is closing, and logs then.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((l) => l.msg)).toContain('kb-assistant stopped');
    expect(lines.map((l) => l.msg)).not.toContain('engine warmed up');
  });
});
