import { Controller, HttpException, Logger, Post, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { AuthService } from '../auth/auth.service';
import { tokenFromRequest } from '../auth/session-token';
import { badInput, DomainError } from '../common/errors/domain-error';
import { isServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../common/errors/service-unavailable';
import { tooLarge } from './upload-check';
import { UploadsService } from './uploads.service';

/** Multipart overhead allowed on top of the file itself (boundaries, part headers, the file name). */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * A request a browser can send cross-site without a preflight cannot carry these headers: the same rule
 * as Apollo's CSRF prevention on /graphql, so a multipart form on another site cannot upload with the
 * session cookie.
 */
export function hasPreflightHeader(req: Request): boolean {
  const h = req.headers;
  return !!(h['apollo-require-preflight'] || h['x-apollo-operation-name']);
}

/** `POST /uploads` (multipart, field `file`): answers `{ "id": … }` or `{ "code", "message" }`. */
@Controller()
export class UploadsController {
  private readonly logger = new Logger(UploadsController.name);

  constructor(
    private readonly auth: AuthService,
    private readonly uploads: UploadsService,
  ) {}

  @Post('uploads')
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      if (!hasPreflightHeader(req)) {
        throw badInput('Diese Anfrage braucht den Header „apollo-require-preflight“ (Schutz vor CSRF).');
      }
      const viewer = await this.auth.resolveViewer(
        tokenFromRequest(req.headers, req.cookies as Record<string, string>),
      );
      if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Bitte melden Sie sich an.');
      this.uploads.requireScanner();
      const declared = Number(req.headers['content-length'] ?? NaN);
      if (declared > this.uploads.maxBytes + MULTIPART_OVERHEAD) throw tooLarge(this.uploads.maxBytes);
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
        throw badInput('Erwartet wird multipart/form-data mit dem Feld „file“.');
      }
      const result = await this.receive(req, (name, file) => this.uploads.upload(viewer, name, file));
      res.status(201).setHeader('Cache-Control', 'no-store').json(result);
    } catch (err) {
      this.answerError(req, res, err);
    }
  }

  /** Hands the request's one file part to `handle` as a stream; other parts are refused. */
  private receive(
    req: Request,
    handle: (name: string, file: Readable & { truncated?: boolean }) => Promise<{ id: string }>,
  ): Promise<{ id: string }> {
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          defParamCharset: 'utf8',
          // One byte more than allowed, so that the check sees an oversize file and refuses it.
          limits: { files: 1, fields: 0, parts: 1, fileSize: this.uploads.maxBytes + 1 },
        });
      } catch {
        reject(badInput('Die Anfrage ist kein gültiges multipart/form-data.'));
        return;
      }
      let handled: Promise<{ id: string }> | null = null;
      const stop = (err: unknown) => {
        req.unpipe(parser);
        req.resume(); // read and drop the rest, so the answer reaches the client
        reject(err);
      };
      parser.on('file', (field, file, info) => {
        if (field !== 'file' || handled) {
          file.resume();
          return;
        }
        req.on('close', () => {
          if (!req.complete) file.destroy(new Error('upload aborted by the client'));
        });
        handled = handle(info.filename ?? '', file);
        handled.then(resolve, (err: unknown) => {
          file.resume();
          stop(err);
        });
      });
      parser.on('error', (err: unknown) =>
        stop(
          err instanceof HttpException ? err : badInput('Die Anfrage ist kein gültiges multipart/form-data.'),
        ),
      );
      parser.on('close', () => {
        if (!handled) stop(badInput('Die Anfrage enthält keine Datei im Feld „file“.'));
      });
      req.pipe(parser);
    });
  }

  private answerError(req: Request, res: Response, err: unknown) {
    if (res.headersSent) return;
    if (!req.complete) res.setHeader('Connection', 'close');
    if (err instanceof HttpException) {
      res.status(err.getStatus()).json(err.getResponse());
      return;
    }
    if (isServiceUnavailable(err)) {
      res.status(503).json({ code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE });
      return;
    }
    this.logger.error(err instanceof Error ? err.stack : String(err));
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Ein interner Fehler ist aufgetreten.' });
  }
}
