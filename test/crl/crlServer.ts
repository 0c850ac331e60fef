/**
 * A CRL repository on 127.0.0.1 for the watch's tests: each path answers what the test set,
 * a body (with or without a Content-Length), a status, a redirect, or nothing at all.
 */
import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer =
  | { body: Uint8Array | string; contentType?: string; chunked?: boolean }
  | { status: number }
  | { redirect: string }
  | 'hang';

export interface CrlServer {
  /** The URL of a path, e.g. url('/r1.crl'). */
  url(path: string): string;
  set(path: string, answer: Answer): void;
  /** Requests seen, by path. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

function answer(response: ServerResponse, a: Answer | undefined): void {
  if (a === undefined) return void response.writeHead(404).end('not found');
  if (a === 'hang') return;
  if ('status' in a) return void response.writeHead(a.status).end();
  if ('redirect' in a) return void response.writeHead(302, { location: a.redirect }).end();
  const body = typeof a.body === 'string' ? Buffer.from(a.body) : Buffer.from(a.body);
  response.writeHead(200, {
    'content-type': a.contentType ?? 'application/pkix-crl',
    ...(a.chunked ? {} : { 'content-length': body.length }),
  });
  response.end(body);
}

export async function startCrlServer(): Promise<CrlServer> {
  const answers = new Map<string, Answer>();
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    answer(response, answers.get(path));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, a) => answers.set(path, a),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
