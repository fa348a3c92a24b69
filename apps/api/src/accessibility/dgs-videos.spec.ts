import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dgsMediaSources, listDgsVideos, titleOf } from './dgs-videos';

describe('DGS videos', () => {
  it('makes titles from file names', () => {
    expect(titleOf('01-ueber-das-forum.mp4')).toBe('Ueber das forum');
    expect(titleOf('Barrierefreiheit.webm')).toBe('Barrierefreiheit');
  });

  it('lists DGS_VIDEO_URL first, then video files in name order with their captions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dgs-'));
    for (const f of ['02-bedienung.webm', '01-forum.mp4', '01-forum.vtt', 'notes.txt', '.hidden.mp4'])
      fs.writeFileSync(path.join(dir, f), 'x');
    expect(
      listDgsVideos({ dgsVideoUrl: 'https://videos.example/dgs.mp4', dgsDir: dir }).map((v) => [
        v.url,
        v.contentType,
        v.captionsUrl,
      ]),
    ).toEqual([
      ['https://videos.example/dgs.mp4', 'video/mp4', null],
      ['/dgs/01-forum.mp4', 'video/mp4', '/dgs/01-forum.vtt'],
      ['/dgs/02-bedienung.webm', 'video/webm', null],
    ]);
    expect(listDgsVideos({ dgsVideoUrl: undefined, dgsDir: path.join(dir, 'missing') })).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });

  it('adds an external video origin to media-src, nothing for a local path', () => {
    expect(dgsMediaSources({ dgsVideoUrl: 'https://videos.example/a/dgs.mp4' })).toEqual([
      'https://videos.example',
    ]);
    expect(dgsMediaSources({ dgsVideoUrl: '/dgs/forum.mp4' })).toEqual([]);
    expect(dgsMediaSources({ dgsVideoUrl: undefined })).toEqual([]);
  });
});
