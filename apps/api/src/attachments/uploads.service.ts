import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { badInput, DomainError } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive } from '../common/permissions/permissions';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEventsService } from '../events/domain-events.service';
import { DirSink, type FileSink, PgChunkSink } from './attachment-store';
import { COMPLETE_UPLOAD_SQL, INSERT_UPLOAD_SQL } from './attachments.sql';
import { ClamdSession } from './clamd-client';
import { checkAndStore, InfectedFileError } from './upload-check';

const NAME_MAX = 200;
// Control characters and what Windows refuses in file names.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f"<>|*?:]/g;

/** A file name as shown and offered for download: no path, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(UNSAFE_NAME_CHARS, '_').trim();
  if (!clean || clean === '.' || clean === '..') return '';
  if (clean.length <= NAME_MAX) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, NAME_MAX - ext.length) + ext;
}

/**
 * `POST /uploads`: one file, checked while it streams in (upload-check.ts) and stored in the same
 * transaction as its row, which commits only when every check passed. So no post can ever reference an
 * unchecked file, and a refused one leaves nothing behind.
 */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEventsService,
  ) {}

  /** Refuses before a byte is read when uploads cannot be checked. */
  requireScanner(): void {
    if (this.config.uploadScan && !this.config.clamdUrl) {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Dateien können zurzeit nicht hochgeladen werden: Es ist kein Virenscanner eingerichtet.',
      );
    }
  }

  get maxBytes(): number {
    return this.config.uploadMaxBytes;
  }

  async upload(
    viewer: Viewer | null,
    rawName: string,
    input: AsyncIterable<Buffer> & { truncated?: boolean },
  ): Promise<{ id: string }> {
    const uploader = requireActive(viewer);
    this.requireScanner();
    const name = cleanFileName(rawName);
    if (!name) throw badInput('Die Datei braucht einen Namen.');
    const id = randomUUID();
    let sink: FileSink | null = null;
    try {
      await this.events.transaction(async (write) => {
        await write.manager.query(INSERT_UPLOAD_SQL, [id, uploader.id, name, this.config.uploadStorage]);
        sink =
          this.config.uploadStorage === 'dir'
            ? new DirSink(this.config.uploadDir, id)
            : new PgChunkSink(write.manager, id);
        const scanner =
          this.config.uploadScan && this.config.clamdUrl
            ? new ClamdSession(this.config.clamdUrl, this.config.clamdTimeoutMs)
            : null;
        const file = await checkAndStore(name, input, sink, { maxBytes: this.maxBytes, scanner });
        await write.manager.query(COMPLETE_UPLOAD_SQL, [
          id,
          file.contentType,
          file.size,
          file.sha256,
          file.width,
          file.height,
          file.storageKey,
        ]);
        const stored = sink;
        write.afterCommit(() => stored.commit());
      });
      return { id };
    } catch (err) {
      await (sink as FileSink | null)?.abort().catch(() => undefined);
      if (err instanceof InfectedFileError) {
        await this.reportInfected(uploader, name, err.signature);
        throw badInput(
          `Die Datei „${name}“ wurde abgelehnt: Der Virenscanner hat Schadsoftware gefunden (${err.signature}). Das Moderationsteam wurde informiert.`,
          { file: 'Schadsoftware gefunden' },
        );
      }
      throw err;
    }
  }

  /** Kept in the audit log and told to the moderators; the file itself was never stored. */
  private async reportInfected(uploader: Viewer, name: string, signature: string) {
    this.logger.warn(`Upload refused by the virus scanner: ${signature} (user ${uploader.id})`);
    await this.events.transaction(async (write) => {
      await write.audit({
        actorId: uploader.id,
        action: 'UPLOAD_INFECTED',
        targetType: 'USER',
        targetId: uploader.id,
        reason: `${name}: ${signature}`,
      });
      await write.publish({ type: 'UploadRefused', actorId: uploader.id, fileName: name, signature });
    });
  }
}
