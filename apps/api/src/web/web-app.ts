import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

const API_PREFIXES = [
  '/graphql',
  '/socket.io',
  '/health',
  '/metrics',
  '/report.csv',
  '/mail',
  '/me/export.json',
  '/me/export.html',
];

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function findWebDist(configured: string | undefined): string | undefined {
  const candidates = configured
    ? [configured]
    : [path.resolve(process.cwd(), 'dist/apps/web'), path.resolve(__dirname, '../../../../../web')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

/**
 * Hashed assets with a Brotli copy made at build time (`<file>.br`, quality 11): sent as they are to
 * browsers that accept `br`, so the compression middleware (quality 4, or gzip) does not touch them.
 */
function precompressedAssets(assetsDir: string) {
  const available = new Set(
    fs.existsSync(assetsDir)
      ? fs
          .readdirSync(assetsDir)
          .filter((f) => f.endsWith('.br'))
          .map((f) => f.slice(0, -3))
      : [],
  );
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!available.has(name)) return next();
    res.vary('Accept-Encoding');
    // Only on an explicit `br` (a request without Accept-Encoding would otherwise "accept" anything).
    if (!/\bbr\b/.test(req.headers['accept-encoding'] ?? '') || req.acceptsEncodings('br') !== 'br')
      return next();
    res.type(path.extname(name));
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`);
    res.sendFile(path.join(assetsDir, `${name}.br`), { cacheControl: false }, (err) => err && next(err));
  };
}

/**
 * Serves the built web app from the API's origin (one port for `npm start`). Hashed assets are cached
 * for a year (Brotli-compressed at build time where a `.br` copy exists); index.html is revalidated so a
 * new release is picked up at once.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): void {
  const assetsDir = path.join(dir, 'assets');
  app.use('/assets', precompressedAssets(assetsDir));
  app.use(
    '/assets',
    express.static(assetsDir, {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  const indexHtml = path.join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
