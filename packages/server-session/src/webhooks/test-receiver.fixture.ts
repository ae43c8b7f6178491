// Test support, not shipped (tsconfig.build.json leaves out *.fixture.ts): a
// platform's webhook receiver, a real HTTP server on the loopback.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestReceiver {
  /** Where to register it: `http://127.0.0.1:<port>/hooks`. */
  readonly url: string;
  /** Every request it took, in order; empty it to start over. */
  readonly received: Array<{ body: string; headers: IncomingHttpHeaders }>;
  /** The status it answers (200 unless set). */
  status: number;
  close(): Promise<void>;
}

/** Starts a receiver that keeps each request's body and headers and answers `status`. */
export async function startTestReceiver(): Promise<TestReceiver> {
  const received: TestReceiver['received'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ body, headers: request.headers });
      response.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiver: TestReceiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    status: 200,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return receiver;
}

/** A loopback URL where nothing listens (a port just let go): a POST there is refused. */
export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks`;
}
