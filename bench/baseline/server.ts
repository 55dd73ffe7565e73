import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

// The baseline host: a bare static server, started the same way as the browser host (node + tsx).
const root = process.argv[2] ?? '.';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  readFile(join(root, path)).then(
    (body) => {
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    },
    () => {
      res.writeHead(404);
      res.end();
    },
  );
});
server.listen(0, '127.0.0.1', () => {
  console.log(`baseline listening: http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
