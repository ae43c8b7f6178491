import { isIP } from 'node:net';

/**
 * The address of the client that sent a request, for the ToS acceptance
 * record. Behind a reverse proxy (`trustProxy`), the last `X-Forwarded-For`
 * entry, the one the proxy itself appended (earlier entries are whatever the
 * client claims); otherwise the socket's peer address from the Node bindings
 * of `@hono/node-server`. `null` when neither says, as for a request handed
 * in-process.
 */
export function createClientAddress(options: { trustProxy: boolean }) {
  return (request: Request, bindings: unknown): string | null => {
    if (options.trustProxy) {
      const forwarded = request.headers.get('X-Forwarded-For')?.split(',').at(-1)?.trim();
      if (forwarded && isIP(forwarded) !== 0) return forwarded;
    }
    return socketAddressOf(bindings);
  };
}

function socketAddressOf(bindings: unknown): string | null {
  if (typeof bindings !== 'object' || bindings === null || !('incoming' in bindings)) return null;
  const { incoming } = bindings;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) return null;
  const { socket } = incoming;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) return null;
  const address = socket.remoteAddress;
  return typeof address === 'string' && address !== '' ? address : null;
}
