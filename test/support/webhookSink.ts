/**
 * A real HTTP server on 127.0.0.1 that records every webhook it answers with 2xx. `status` sets
 * the answer (500 and 404 simulate a failing and a misconfigured receiver); 'drop' closes each
 * connection without an answer.
 */
import { EventEmitter, once } from 'node:events';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export interface WebhookSink {
  readonly url: string;
  readonly received: readonly ReceivedHook[];
  status: number | 'drop';
  waitFor(count: number, timeoutMs?: number): Promise<readonly ReceivedHook[]>;
  close(): Promise<void>;
}

export async function startWebhookSink(): Promise<WebhookSink> {
  const received: ReceivedHook[] = [];
  const events = new EventEmitter();
  const sink = { status: 200 as number | 'drop' };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (sink.status === 'drop') return request.socket.destroy();
      if (sink.status >= 200 && sink.status < 300) {
        received.push({
          path: request.url ?? '',
          headers: request.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
        events.emit('hook');
      }
      response.writeHead(sink.status, { 'content-type': 'text/plain' }).end(String(sink.status));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    async waitFor(count: number, timeoutMs = 15_000) {
      const deadline = AbortSignal.timeout(timeoutMs);
      while (received.length < count) {
        try {
          await once(events, 'hook', { signal: deadline });
        } catch {
          throw new Error(`webhook sink: ${received.length} of ${count} requests after ${timeoutMs} ms`);
        }
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
