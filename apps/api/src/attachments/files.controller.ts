import { Controller, Get, HttpException, Inject, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { tokenFromRequest } from '../auth/session-token';
import { notFound } from '../common/errors/domain-error';
import { isUuid } from '../common/validation/is-uuid';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { readStoredFile } from './attachment-store';
import { FILE_FOR_DOWNLOAD_SQL } from './attachments.sql';
import { mayDownload, type DownloadableFile } from './download-permission';

/** Images may be shown in a post; everything else only ever downloads. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** RFC 6266 / 8187: an ASCII fallback and the UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `GET /files/<id>/<name>`: a checked file, to those who may read its post. */
@Controller('files')
export class FilesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly auth: AuthService,
  ) {}

  @Get(':id/:name')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.auth.resolveViewer(
        tokenFromRequest(req.headers, req.cookies as Record<string, string>),
      );
      if (!isUuid(id)) throw notFound('Die Datei');
      const [file] = (await this.ds.query(FILE_FOR_DOWNLOAD_SQL, [id])) as DownloadableFile[];
      // The same answer whether the file is missing or not for this viewer: ids reveal nothing.
      if (!file || !mayDownload(viewer, file)) throw notFound('Die Datei');
      const inline = INLINE_TYPES.has(file.contentType) && req.query.download === undefined;
      res
        .status(200)
        .setHeader('Content-Type', file.contentType)
        .setHeader('Content-Length', String(file.size))
        .setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', file.name))
        .setHeader('X-Content-Type-Options', 'nosniff')
        // Nothing in a file may run: no scripts, no plugins, no frames, not even in a PDF viewer's sandbox.
        .setHeader(
          'Content-Security-Policy',
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        )
        .setHeader('Cross-Origin-Resource-Policy', 'same-origin')
        .setHeader('Cache-Control', 'private, max-age=3600')
        .setHeader('Vary', 'Cookie, Authorization');
      await pipeline(readStoredFile(this.ds, file, this.config.uploadDir), res);
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = err instanceof HttpException ? err.getStatus() : 500;
      res
        .status(status)
        .setHeader('X-Content-Type-Options', 'nosniff')
        .json(err instanceof HttpException ? err.getResponse() : { code: 'INTERNAL_SERVER_ERROR' });
    }
  }
}
