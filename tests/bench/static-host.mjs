// The static host of the UI latency bench (tests/bench/ui-latency.mjs): serves a built directory as a static host
// or CDN does, each compressible file gzipped once before the first request (not per request, as `vite preview`
// does on the machine under test), with the `/*` headers of public/_headers and ETag revalidation (304) on reload.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** The headers of the `/*` block of a Netlify / Cloudflare Pages `_headers` file. */
export function hostHeaders(file) {
  const headers = {};
  let global = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) global = line.trim() === '/*';
    else if (global && line.includes(':')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** Serves `dir` on 127.0.0.1:`port` with `headers` on every response; resolves to the listening server. */
export function serveStatic(dir, port, headers) {
  const files = new Map();
  for (const path of filesUnder(dir)) {
    const body = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && body.length >= 1024 ? gzipSync(body, { level: 9 }) : undefined;
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    files.set('/' + relative(dir, path).split(sep).join('/'), { body, gzip, type, etag });
  }
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path);
    if (!file) return void response.writeHead(404).end();
    const common = { ...headers, 'Content-Type': file.type, 'Cache-Control': 'no-cache', ETag: file.etag };
    if (file.gzip) common.Vary = 'Accept-Encoding';
    if (request.headers['if-none-match'] === file.etag) return void response.writeHead(304, common).end();
    const gzip = file.gzip !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      ...common,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
