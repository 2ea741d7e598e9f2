/**
 * A real HTTP server for tests: node:http on 127.0.0.1, port 0, a route table and a request log.
 * Tests talk to it through the real fetch, so what is asserted is what goes over the wire.
 *
 *   const server = await startServer();
 *   server.route('GET', '/user/billing/history', (req, res) => sendJson(res, 200, envelope([])));
 *   ... server.requests[0].headers.authorization ...
 *   await server.close();
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoggedRequest {
  readonly method: string;
  /** The request target exactly as received: `/accounts/..%2F..%2Fuser/x?page=2`. */
  readonly url: string;
  /** `url` without the query string, still percent-encoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The request body as received (empty for none). */
  readonly body: Buffer;
}

/** Gets the request and its 0-based index among requests to the same route. */
export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly requests: LoggedRequest[];
  /** Route on method and exact (still encoded) path. A later route for the same key replaces it. */
  route(method: string, path: string, handler: Handler): void;
  /** Fallback for requests no route matches (default: 404 with a Cloudflare error envelope). */
  fallback(handler: Handler): void;
  /** Requests logged for a method and path. */
  hits(method: string, path: string): LoggedRequest[];
  /** Forget routes and the log. */
  reset(): void;
  /** Sockets open right now, idle keep-alive ones included. */
  openSockets(): number;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let fallback: Handler = (_req, res) => sendJson(res, 404, errorEnvelope(7003, 'No route for that URI'));

  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    const logged: { -readonly [K in keyof LoggedRequest]: LoggedRequest[K] } = {
      method,
      url,
      path,
      query: new URLSearchParams(q === -1 ? '' : url.slice(q + 1)),
      headers: req.headers,
      body: Buffer.alloc(0),
    };
    requests.push(logged);
    const key = `${method} ${path}`;
    const handler = routes.get(key);
    const hit = counts.get(key) ?? 0;
    counts.set(key, hit + 1);
    // The body is read before the handler runs, so that handlers see it logged; a handler that
    // never answers still holds the request.
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      logged.body = Buffer.concat(chunks);
      Promise.resolve((handler ?? fallback)(req, res, hit)).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, errorEnvelope(500, `test handler failed: ${String(error)}`));
        else res.destroy();
      });
    });
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 }, resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, path, handler) {
      routes.set(`${method} ${path}`, handler);
    },
    fallback(handler) {
      fallback = handler;
    },
    hits(method, path) {
      return requests.filter((r) => r.method === method && r.path === path);
    },
    reset() {
      routes.clear();
      counts.clear();
      requests.length = 0;
    },
    openSockets() {
      return sockets.size;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** A successful Cloudflare envelope. */
export function envelope(result: unknown, resultInfo?: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { success: true, errors: [], messages: [], result };
  if (resultInfo !== undefined) body['result_info'] = resultInfo;
  return body;
}

/** A failed Cloudflare envelope with one error. */
export function errorEnvelope(code: number, message: string): Record<string, unknown> {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}
