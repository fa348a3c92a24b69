import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ok, startTestApp, type TestApp } from '../../test/test-app';

// BITV 2.0 § 4: the DGS videos are the API's own path, served with range requests, listed for guests,
// and allowed by the Content-Security-Policy (real PostgreSQL, real HTTP).
describe('DGS videos (/dgs/, dgsVideos, media-src)', () => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-dgs-'));
    fs.mkdirSync(path.join(dataDir, 'dgs'));
    fs.writeFileSync(path.join(dataDir, 'dgs', '01-forum.mp4'), Buffer.alloc(1000, 7));
    fs.writeFileSync(path.join(dataDir, 'dgs', '01-forum.vtt'), 'WEBVTT\n');
    fs.writeFileSync(path.join(dataDir, 'dgs', 'secret.txt'), 'nein');
    t = await startTestApp({ DATA_DIR: dataDir, DGS_VIDEO_URL: 'https://videos.example/forum-dgs.mp4' });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the configured and the supplied videos, also for guests', async () => {
    const res = ok(await t.gql(`{ dgsVideos { title url contentType captionsUrl } }`));
    expect(res.dgsVideos).toEqual([
      {
        title: 'Das Forum Kommunalpakt in Deutscher Gebärdensprache',
        url: 'https://videos.example/forum-dgs.mp4',
        contentType: 'video/mp4',
        captionsUrl: null,
      },
      {
        title: 'Forum',
        url: '/dgs/01-forum.mp4',
        contentType: 'video/mp4',
        captionsUrl: '/dgs/01-forum.vtt',
      },
    ]);
  });

  it('serves the files with range requests and answers 404 for anything else', async () => {
    const whole = await fetch(`${t.url}/dgs/01-forum.mp4`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
    const part = await fetch(`${t.url}/dgs/01-forum.mp4`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    const captions = await fetch(`${t.url}/dgs/01-forum.vtt`);
    expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    for (const missing of ['/dgs/fehlt.mp4', '/dgs/secret.txt', '/dgs/']) {
      const res = await fetch(`${t.url}${missing}`, { headers: { accept: 'text/html' } });
      expect({ missing, status: res.status, type: res.headers.get('content-type') }).toEqual({
        missing,
        status: 404,
        type: 'text/plain; charset=utf-8',
      });
    }
    const escape = await fetch(`${t.url}/dgs/..%2Fdgs%2F01-forum.mp4`);
    expect(escape.status).toBe(403);
    expect(await escape.text()).toBe('Nicht erlaubt');
  });

  it('allows the videos in the Content-Security-Policy', async () => {
    const csp = (await fetch(`${t.url}/health`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("media-src 'self' https://videos.example");
  });
});
