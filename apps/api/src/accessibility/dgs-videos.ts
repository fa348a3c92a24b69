import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';

/** Where the DGS video files are served (a path of the API, never the web app's index.html). */
export const DGS_PATH = '/dgs';

const VIDEO_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
};

export interface DgsVideo {
  title: string;
  url: string;
  contentType: string | null;
  captionsUrl: string | null;
}

/** A title from the file name: "02-ueberblick_forum.mp4" → "Ueberblick forum" (numbering dropped). */
export function titleOf(fileName: string): string {
  const words = path
    .parse(fileName)
    .name.replace(/^\d+[-_ ]*/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : fileName;
}

const typeOf = (url: string) => VIDEO_TYPES[path.extname(new URL(url, 'http://x').pathname).toLowerCase()];

/**
 * The DGS videos the operator supplies: DGS_VIDEO_URL first, then the video files under DATA_DIR/dgs/
 * in name order, each with WebVTT captions of the same name if present. Read on every call: the operator
 * may add files while the forum runs.
 */
export function listDgsVideos(config: Pick<AppConfig, 'dgsVideoUrl' | 'dgsDir'>): DgsVideo[] {
  const videos: DgsVideo[] = [];
  if (config.dgsVideoUrl) {
    videos.push({
      title: 'Das Forum Kommunalpakt in Deutscher Gebärdensprache',
      url: config.dgsVideoUrl,
      contentType: typeOf(config.dgsVideoUrl) ?? null,
      captionsUrl: null,
    });
  }
  let files: string[] = [];
  try {
    files = fs.readdirSync(config.dgsDir).sort((a, b) => a.localeCompare(b, 'de'));
  } catch {
    return videos; // no directory: no files
  }
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    if (!VIDEO_TYPES[ext] || file.startsWith('.')) continue;
    const captions = `${path.parse(file).name}.vtt`;
    videos.push({
      title: titleOf(file),
      url: `${DGS_PATH}/${encodeURIComponent(file)}`,
      contentType: VIDEO_TYPES[ext],
      captionsUrl: files.includes(captions) ? `${DGS_PATH}/${encodeURIComponent(captions)}` : null,
    });
  }
  return videos;
}

/** The origin of an external DGS_VIDEO_URL, for the Content-Security-Policy's media-src. */
export function dgsMediaSources(config: Pick<AppConfig, 'dgsVideoUrl'>): string[] {
  if (!config.dgsVideoUrl || config.dgsVideoUrl.startsWith('/')) return [];
  return [new URL(config.dgsVideoUrl).origin];
}

/**
 * Serves DATA_DIR/dgs/ under /dgs/ with range requests (seeking in a video). Mounted before the web
 * app's fallback, so a missing file is a 404, never index.html. Only video and caption files.
 */
export function serveDgsVideos(app: NestExpressApplication, config: Pick<AppConfig, 'dgsDir'>): void {
  const files = express.static(config.dgsDir, {
    index: false,
    dotfiles: 'deny',
    fallthrough: false,
    maxAge: '1d',
    setHeaders: (res, file) => {
      if (file.endsWith('.vtt')) res.setHeader('Content-Type', 'text/vtt; charset=utf-8');
    },
  });
  // Errors (missing file, a path leaving the directory) end here as plain text, never a stack trace.
  const refuse = (res: express.Response, status: number) =>
    res
      .status(status)
      .type('text/plain')
      .send(status === 403 ? 'Nicht erlaubt' : 'Nicht gefunden');
  app.use(DGS_PATH, (req: express.Request, res: express.Response) => {
    const ext = path.extname(req.path).toLowerCase();
    if (!VIDEO_TYPES[ext] && ext !== '.vtt') return refuse(res, 404);
    files(req, res, (err?: { status?: number }) => refuse(res, err?.status === 403 ? 403 : 404));
  });
}
