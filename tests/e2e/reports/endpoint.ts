import { createServer } from 'node:http';

/** A request the test endpoint received. */
export interface Received {
  body: unknown;
  idempotencyKey: string | undefined;
}

/** A tiny report endpoint on 127.0.0.1 that records every POST it receives. */
export interface TestEndpoint {
  readonly url: string;
  readonly port: number;
  readonly received: Received[];
  close(): Promise<void>;
}

/**
 * Starts the endpoint, on `port` when given (to bring a stopped endpoint back at the same address).
 * `status` picks the HTTP status for each request (201 by default).
 */
export async function startEndpoint(
  port = 0,
  received: Received[] = [],
  status: (body: unknown) => number = () => 201,
): Promise<TestEndpoint> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const key = req.headers['idempotency-key'];
      const parsed = JSON.parse(body) as unknown;
      received.push({ body: parsed, idempotencyKey: Array.isArray(key) ? key[0] : key });
      res.writeHead(status(parsed), { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/reports`,
    port: actual,
    received,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          ok();
        });
      }),
  };
}
