/**
 * Bolt's logger interface over the project's JSON-lines logger. Bolt's debug output is dropped:
 * it includes raw request bodies, i.e. whatever people pasted, before redaction.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/observability/logger';

function message(parts: unknown[]): string {
  return parts
    .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part)))
    .join(' ')
    .slice(0, 1000);
}

export function createBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  return {
    debug: () => {},
    info: (...parts) => logger.info(`slack: ${message(parts)}`, { component: name }),
    warn: (...parts) => logger.warn(`slack: ${message(parts)}`, { component: name }),
    error: (...parts) => logger.error(`slack: ${message(parts)}`, { component: name }),
    setLevel: (next) => {
      // Never below info: see above.
      level = next === LogLevel.DEBUG ? LogLevel.INFO : next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
