// A plain static file server for dist/: no rewrites, no fallbacks, so the tests prove the site works on
// any ordinary static host. Used by `cargo xtask serve` and by the browser tests (which mount the site under
// a sub-path to prove its URLs are relative).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  // The locales' Fluent text (public/_headers asks real hosts for the same type, which they compress).
  '.ftl': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt', '.ftl']);

/**
 * Serves `dir` at `base` (e.g. "/" or "/sub/path/"); resolves to { url, close }. With `compress`, answers
 * brotli or gzip like a real static host (used by `cargo xtask serve` and `audit`, so Lighthouse sees real
 * transfer sizes).
 */
export function startServer({ dir, host = '127.0.0.1', port = 0, base = '/', compress = false }) {
  const root = resolve(dir);
  const packed = new Map();
  const encode = (file, body, accept) => {
    if (!compress || !COMPRESSIBLE.has(extname(file))) return [body, null];
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (!encoding) return [body, null];
    const key = `${encoding}:${file}`;
    if (!packed.has(key)) {
      packed.set(key, encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return [packed.get(key), encoding];
  };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(base)) { res.writeHead(404).end('not found'); return; }
      let file = normalize(join(root, path.slice(base.length)));
      if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end('forbidden'); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const [body, encoding] = encode(file, await readFile(file), req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, bad) => {
    server.once('error', bad);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({ url: `http://${host}:${p}${base}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ dir: arg('dir', 'dist'), host: arg('host', '127.0.0.1'),
    port: Number(arg('port', 8080)), compress: process.argv.includes('--compress') });
  console.log(`Serving ${arg('dir', 'dist')} at ${url}`);
}
