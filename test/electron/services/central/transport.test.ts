import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport } from '../../../../electron/services/central/transport';

/**
 * A server that answers the first request of each connection and then drops
 * the kept-alive socket when a second request arrives on it, as a server
 * whose keep-alive timeout just ran out does.
 */
async function startDroppingServer(
  mode: 'drop-reused' | 'drop-all',
): Promise<{ server: Server; url: URL; connections: () => number; answered: () => number }> {
  let connections = 0;
  let answered = 0;
  const served = new WeakMap<Socket, number>();
  const server = createServer((req, res) => {
    const socket = req.socket;
    const count = served.get(socket) ?? 0;
    served.set(socket, count + 1);
    if (mode === 'drop-all' || count >= 1) {
      socket.destroy();
      return;
    }
    answered += 1;
    res.end('{"ok":true}');
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: new URL(`http://127.0.0.1:${port}/v1/health`),
    connections: () => connections,
    answered: () => answered,
  };
}

describe('central transport', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('retries once on a fresh socket when a reused keep-alive socket was closed by the server', async () => {
    const s = await startDroppingServer('drop-reused');
    server = s.server;
    const transport = createTransport(1_000, 2_000);
    const first = await transport.send({ method: 'GET', url: s.url, headers: {} });
    const second = await transport.send({ method: 'GET', url: s.url, headers: {} });
    transport.close();
    expect(first.ok && first.response.status).toBe(200);
    expect(second.ok && second.response.status).toBe(200);
    expect(s.answered()).toBe(2);
    expect(s.connections()).toBe(2);
  });

  it('does not retry a failure on a fresh socket', async () => {
    const s = await startDroppingServer('drop-all');
    server = s.server;
    const transport = createTransport(1_000, 2_000);
    const result = await transport.send({ method: 'GET', url: s.url, headers: {} });
    transport.close();
    expect(result).toMatchObject({ ok: false, failure: 'network' });
    expect(s.connections()).toBe(1);
  });
});
