import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** A static file server on 127.0.0.1 for test and demo pages. */
export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** What `?csp=strict` sends: a Content-Security-Policy that forbids everything a page could load. */
export const STRICT_CSP =
  "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'";

/** Serves `root` on a free port of 127.0.0.1. */
export async function startServer(root: string, port = 0): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        const query = new URL(req.url ?? '/', 'http://x').searchParams;
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...(query.get('csp') === 'strict' ? { 'content-security-policy': STRICT_CSP } : {}),
        });
        // ?hold=MS sends the first half at once and the rest MS later: a page still loading.
        const hold = Math.min(Number(query.get('hold')) || 0, 10_000);
        if (!hold) {
          res.end(body);
          return;
        }
        const half = body.length >> 1;
        res.write(body.subarray(0, half));
        setTimeout(() => res.end(body.subarray(half)), hold);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      },
    );
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => {
          ok();
        });
      }),
  };
}
