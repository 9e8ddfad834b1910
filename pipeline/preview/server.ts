/**
 * The preview's web server, on the loopback interface only. It serves the files of the last good refresh from
 * memory, never from disk, adds the client (and the overlay, when there are errors) to pages, and speaks to the
 * open pages over a WebSocket.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { EnvironmentError } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { SOCKET_PATH, withClient, type PreviewMessage } from './client.ts';
import type { PreviewFiles } from './live-report.ts';

export const HOST = '127.0.0.1';

/** What the server shows, asked at each request: it changes with every save. */
export interface Site {
  files(): PreviewFiles;
  /** The overlay for the current errors, or ''. */
  overlay(): string;
}

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/`, with the port the system chose when asked for port 0. */
  url: string;
  send(message: PreviewMessage): void;
  close(): Promise<void>;
}

export async function startServer(port: number, site: Site): Promise<PreviewServer> {
  const server = createServer();
  await listen(server, port);
  const { port: actual } = server.address() as AddressInfo;
  // Only this server's own pages, addressed by name: a page of another site (or one that rebinds a name of its own
  // to 127.0.0.1) gets neither the report nor the socket.
  const origins = new Set([`http://${HOST}:${actual}`, `http://localhost:${actual}`]);
  const fromHere = (request: IncomingMessage) => origins.has(`http://${request.headers.host}`);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => respond(request, response, site, fromHere(request)));
  const sockets = new WebSocketServer({
    server,
    path: SOCKET_PATH,
    verifyClient: ({ req, origin }: { req: IncomingMessage; origin: string | undefined }) => fromHere(req) && (origin === undefined || origins.has(origin)),
  });
  return {
    url: `http://${HOST}:${actual}/`,
    send(message) {
      const data = JSON.stringify(message);
      for (const socket of sockets.clients) socket.send(data);
    },
    async close() {
      for (const socket of sockets.clients) socket.terminate();
      await new Promise((resolve) => sockets.close(resolve));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new EnvironmentError(messages.previewPortInUse(port), { cause: error }) : error);
    });
    server.listen(port, HOST, resolve);
  });
}

function respond(request: IncomingMessage, response: ServerResponse, site: Site, fromHere: boolean): void {
  if (!fromHere) return void response.writeHead(403).end();
  if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
  const { status, body, type } = served(requestedFile(request.url ?? ''), site);
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function served(path: string | undefined, site: Site): { status: number; body: string | Uint8Array; type: string } {
  const content = path === undefined ? undefined : site.files().get(path);
  // A page that is not there (yet: before the first good build, or a new chapter's) still gets the client and the
  // overlay, so it shows what is wrong and comes in when it is made.
  if (path === undefined || content === undefined) return { status: 404, body: withClient(NOT_FOUND, path ?? '', site.overlay()), type: HTML };
  const type = contentType(path);
  if (!path.endsWith('.html')) return { status: 200, body: content, type };
  const html = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return { status: 200, body: withClient(html, path, site.overlay()), type };
}

const NOT_FOUND = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><body><p>Not found.</p></body></html>';

/**
 * The file a request names, by its path in the preview's files: `/` and `/folder/` name the folder's index.html.
 * Anything but a plain path inside the edition names none, so it gets a 404 rather than being resolved to another
 * file: a `.` or `..` segment (percent-encoded too), an empty one (`//`), a backslash, a colon or a NUL, an escape
 * that does not decode.
 */
export function requestedFile(url: string): string | undefined {
  const raw = url.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(raw.slice(1));
  } catch {
    return undefined;
  }
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const plain = path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/[\\:\0]/.test(segment));
  return plain ? path : undefined;
}

const HTML = 'text/html; charset=utf-8';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: HTML,
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
};

const contentType = (path: string): string => CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
