import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serveWebApp } from './web-app';

const SCRIPT = `export const greeting = '${'Moin '.repeat(400)}';\n`;

describe('serveWebApp', () => {
  let dir: string;
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><head><title>Forum</title></head>');
    fs.writeFileSync(
      path.join(dir, 'route-preloads.json'),
      JSON.stringify([
        { pattern: '/', scripts: ['assets/Landing-1.js'], styles: [] },
        {
          pattern: '/fragen/:threadId',
          scripts: ['assets/Thread-2.js', 'assets/common-3.js'],
          styles: ['assets/common-4.css'],
        },
      ]),
    );
    fs.writeFileSync(path.join(dir, 'assets/app-Ab12.js'), SCRIPT);
    fs.writeFileSync(path.join(dir, 'assets/app-Ab12.js.br'), brotliCompressSync(SCRIPT));
    fs.writeFileSync(path.join(dir, 'assets/plain-Cd34.css'), 'body{margin:0}');
    const app = express();
    serveWebApp(app as unknown as NestExpressApplication, dir);
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    fetch(`${base}${url}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends the build-time Brotli copy of a hashed asset to browsers that accept br', async () => {
    const res = await get('/assets/app-Ab12.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await res.text()).toBe(SCRIPT); // fetch decodes br
  });

  it('sends the asset itself to clients without br, and assets without a copy as they are', async () => {
    const plain = await get('/assets/app-Ab12.js', 'gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    const css = await get('/assets/plain-Cd34.css', 'br');
    expect(css.headers.get('content-encoding')).toBeNull();
    expect(css.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('answers unknown assets with 404 and app routes with index.html', async () => {
    expect((await get('/assets/missing.js', 'br')).status).toBe(404);
    const page = await fetch(`${base}/einstellungen`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toBe('<!doctype html><head><title>Forum</title></head>');
  });

  it('never answers API paths with index.html (uploads and file downloads reach the API)', async () => {
    for (const url of ['/files/0b7e4f7e-3c1a-4f7a-9c55-6f1d2b3a4c5d/leitfaden.pdf', '/uploads', '/graphql']) {
      const res = await fetch(`${base}${url}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404); // express's own 404: no route here, the API's routes answer in the app
      expect(await res.text()).not.toContain('<title>Forum</title>');
    }
  });

  it('adds preloads for the chunks and stylesheets of the page the URL opens, revalidated by ETag', async () => {
    const page = await fetch(`${base}/fragen/0b7e`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/Thread-2.js" fetchpriority="low">',
    );
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/common-3.js" fetchpriority="low">',
    );
    expect(html).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/common-4.css" fetchpriority="low">',
    );
    expect(html.indexOf('Thread-2.js')).toBeLessThan(html.indexOf('</head>'));
    expect(await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text()).toContain(
      'Landing-1.js',
    );
    expect(
      await (await fetch(`${base}/fragen/1/2`, { headers: { accept: 'text/html' } })).text(),
    ).not.toContain('modulepreload');
    // node:http, because fetch turns a conditional request into a `Cache-Control: no-cache` one.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      http
        .get(
          `${base}/fragen/0b7e`,
          { headers: { accept: 'text/html', 'if-none-match': page.headers.get('etag') ?? '' } },
          (res) => resolve(res.resume().statusCode),
        )
        .on('error', reject),
    );
    expect(status).toBe(304);
  });
});
