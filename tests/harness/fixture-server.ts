/**
 * Serves our fixture sites at their real host names: Chromium maps every host to this server
 * (--host-resolver-rules), and the server picks the folder tests/fixtures/sites/<Host header> for the request.
 * A path ending in "/" serves index.html. Nothing here ever reaches the internet.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const SITES_DIR = resolve(import.meta.dirname, '../fixtures/sites');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jsp': 'text/html; charset=utf-8',
  '.do': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  port: number;
  /** every host name Chromium resolves, mapped to this server */
  resolverRules: string;
  close(): Promise<void>;
}

export async function startFixtureServer(sitesDir = SITES_DIR): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(sitesDir, host, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!host || !file.startsWith(resolve(sitesDir, host) + sep)) {
      response.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/html; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404</h1>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    resolverRules: `MAP * 127.0.0.1:${port}, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
