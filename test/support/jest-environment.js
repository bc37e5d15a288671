// Jest's Node test environment, plus one thing for the worker process that loads it: when Jest
// tells the worker the run is over, it exits at once instead of letting Node tear down its heap
// first. On a busy two-core machine that teardown alone can take longer than the 500 ms Jest waits,
// and Jest then kills the worker and reports it as "failed to exit gracefully" although nothing
// was left open. (Jest loads this module in the worker itself, outside the tests' sandbox.)
'use strict';
const { TestEnvironment } = require('jest-environment-node');

const CHILD_MESSAGE_END = 2; // jest-worker's "no more work" message

if (process.env.JEST_WORKER_ID && typeof process.send === 'function' && !process.listeners('message').some((l) => l.exitWhenDone)) {
  const onMessage = (message) => {
    if (!Array.isArray(message) || message[0] !== CHILD_MESSAGE_END) return;
    process.removeListener('message', onMessage);
    // After jest-worker's own handler, which only detaches its listener and waits for the loop to empty.
    setImmediate(() => process.exit(process.exitCode ?? 0));
  };
  onMessage.exitWhenDone = true;
  process.on('message', onMessage);
}

module.exports = TestEnvironment;
