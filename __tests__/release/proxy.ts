import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo, connect } from 'node:net';

/**
 * A local HTTP proxy that records each CONNECT request and tunnels it to 127.0.0.1:`port`, whatever host it names:
 * a test sees that a client went through the proxy and still talks to its own local server.
 */
export async function tunnellingProxy(port: number) {
  const tunnels: string[] = [];
  const proxy = createServer();
  proxy.on('connect', (req: IncomingMessage, socket, head: Buffer) => {
    tunnels.push(req.url!);
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const close = async () => {
    proxy.closeAllConnections();
    await new Promise((r) => proxy.close(r));
  };
  return { tunnels, url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, close };
}
