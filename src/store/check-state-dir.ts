/**
 * STATE_DIR is checked at start — created if missing, then written to and read back — so a
 * directory that cannot hold state stops the server with one line, instead of a server that
 * reports healthy until its first write fails.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Throws an Error whose message is one line naming STATE_DIR and the fix. */
export function checkStateDir(stateDir: string): void {
  const probe = path.join(stateDir, `.write-check-${process.pid}`);
  try {
    fs.mkdirSync(stateDir, { recursive: true });
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(
      `STATE_DIR (${stateDir}) is not a writable directory (${code}): set STATE_DIR to a directory this process can create and write, or fix its permissions`,
    );
  }
}
