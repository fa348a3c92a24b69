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

export function findWebDist(configured: string | undefined): string | undefined {
  const candidates = configured
    ? [configured]
    : [path.resolve(process.cwd(), 'dist/apps/web'), path.resolve(__dirname, '../../../../../web')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

/**
 * Serves the built web app from the API's origin (one port for `npm start`). Hashed assets are cached
 * for a year; index.html is revalidated so a new release is picked up at once.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): void {
  app.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
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
