/** A loopback port nothing listens on right now, for servers that cannot be told to listen on port 0. */
import net from 'node:net';

/** Asks the OS for a free port on 127.0.0.1 and releases it at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
