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
  '/feeds',
  '/mail',
  '/auth/oidc',
  '/me/export.json',
  '/me/export.html',
  // Attachments (issue 19): a missing or forbidden file is the API's 404, never index.html.
  '/uploads',
  '/files',
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

interface RoutePreload {
  pattern: string;
  scripts: string[];
  styles: string[];
}

const matches = (pattern: string, urlPath: string) => {
  const want = pattern.split('/').filter(Boolean);
  const got = urlPath.split('/').filter(Boolean);
  return want.length === got.length && want.every((seg, i) => seg.startsWith(':') || seg === got[i]);
};

/**
 * index.html for a URL: with preloads (low priority: the first paint needs only the CSS) for the chunks and
 * stylesheets of the page the URL opens, listed by the web build in route-preloads.json, so the page's code
 * downloads together with the app instead of after it. One string per route, made once.
 */
function indexHtmlFor(dir: string): (urlPath: string) => string {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const file = path.join(dir, 'route-preloads.json');
  const routes: RoutePreload[] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  const rendered = new Map<RoutePreload, string>();
  const render = (route: RoutePreload) => {
    const tags = [
      ...route.styles.map(
        (f) => `<link rel="preload" as="style" crossorigin href="/${f}" fetchpriority="low">`,
      ),
      ...route.scripts.map((f) => `<link rel="modulepreload" crossorigin href="/${f}" fetchpriority="low">`),
    ];
    return html.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
  };
  return (urlPath) => {
    const route = routes.find((r) => matches(r.pattern, urlPath));
    if (!route) return html;
    if (!rendered.has(route)) rendered.set(route, render(route));
    return rendered.get(route) as string;
  };
}

/**
 * Serves the built web app from the API's origin (one port for `npm start`). Hashed assets are cached
 * for a year (Brotli-compressed at build time where a `.br` copy exists); index.html (with the preloads of
 * the page asked for) is revalidated by its ETag, so a new release is picked up at once.
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
  const indexHtml = indexHtmlFor(dir);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(indexHtml(req.path));
  });
}
