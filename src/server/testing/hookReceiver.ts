import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a webhook POSTed: its JSON body and its signature header. */
export interface Received<B> {
  body: B;
  signature: string | undefined;
}

/**
 * A local HTTP server for webhook tests: it answers every POST with `status()` and keeps what it
 * took (answered below 300) in order: `received` with signatures, `bodies` alone. `url(path)`
 * addresses it; `close()` stops it.
 */
export async function startHookReceiver<B = unknown>(status: () => number = () => 204) {
  const received: Received<B>[] = [];
  const bodies: B[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => {
      const code = status();
      if (code < 300) {
        const body = JSON.parse(data) as B;
        bodies.push(body);
        received.push({
          body,
          signature: req.headers['x-lingyan-signature'] as string | undefined,
        });
      }
      res.writeHead(code).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    bodies,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    close: () => void server.close(),
  };
}
