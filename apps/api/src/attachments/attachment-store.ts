import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { CHUNK_RANGE_SQL, CHUNK_SQL, INSERT_CHUNK_SQL } from './attachments.sql';

/** Bytes per row of attachment_chunks: big enough for few rows, small enough to never hold a file. */
export const CHUNK_SIZE = 256 * 1024;

export type StorageKind = 'pg' | 'dir';

/** Receives a file's bytes in order while it uploads; `readRange` reads back what was written. */
export interface FileSink {
  write(data: Buffer): Promise<void>;
  /** Flushes the rest; the key to find the file by (directory store), or null. */
  finish(): Promise<string | null>;
  readRange(offset: number, length: number): Promise<Buffer>;
  /** After the upload's row committed (directory store: move the file in place). */
  commit(): Promise<void>;
  /** The upload was refused: remove what was written (the database's part rolls back by itself). */
  abort(): Promise<void>;
}

/** PostgreSQL: 256 KiB rows in the upload's transaction, so a refused upload leaves nothing behind. */
export class PgChunkSink implements FileSink {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly id: string,
  ) {}

  async write(data: Buffer): Promise<void> {
    this.pending.push(data);
    this.pendingBytes += data.length;
    while (this.pendingBytes >= CHUNK_SIZE) {
      const all = Buffer.concat(this.pending);
      await this.flush(all.subarray(0, CHUNK_SIZE));
      const rest = all.subarray(CHUNK_SIZE);
      this.pending = rest.length ? [Buffer.from(rest)] : [];
      this.pendingBytes = rest.length;
    }
  }

  private async flush(chunk: Buffer) {
    await this.manager.query(INSERT_CHUNK_SQL, [this.id, this.seq++, chunk]);
  }

  async finish(): Promise<string | null> {
    if (this.pendingBytes > 0) await this.flush(Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
    return null;
  }

  readRange(offset: number, length: number): Promise<Buffer> {
    return readPgRange(this.manager, this.id, offset, length);
  }

  async commit(): Promise<void> {}
  async abort(): Promise<void> {}
}

async function readPgRange(db: EntityManager | DataSource, id: string, offset: number, length: number) {
  if (length <= 0) return Buffer.alloc(0);
  const first = Math.floor(offset / CHUNK_SIZE);
  const last = Math.floor((offset + length - 1) / CHUNK_SIZE);
  const rows: { seq: number; data: Buffer }[] = await db.query(CHUNK_RANGE_SQL, [id, first, last]);
  const joined = Buffer.concat(rows.map((r) => r.data));
  const start = offset - first * CHUNK_SIZE;
  return joined.subarray(start, start + length);
}

/** A directory (UPLOAD_DIR): written as `<id>.part`, renamed to `<id>` once the upload's row committed. */
export class DirSink implements FileSink {
  private readonly partPath: string;
  private readonly finalPath: string;
  private stream: WriteStream | null = null;

  constructor(
    private readonly dir: string,
    private readonly id: string,
  ) {
    this.partPath = path.join(dir, `${id}.part`);
    this.finalPath = path.join(dir, id);
  }

  private async open(): Promise<WriteStream> {
    if (!this.stream) {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      this.stream = createWriteStream(this.partPath, { mode: 0o600 });
    }
    return this.stream;
  }

  async write(data: Buffer): Promise<void> {
    const stream = await this.open();
    if (!stream.write(data)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }

  async finish(): Promise<string | null> {
    const stream = await this.open();
    await new Promise<void>((resolve, reject) =>
      stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    return this.id;
  }

  async readRange(offset: number, length: number): Promise<Buffer> {
    if (length <= 0) return Buffer.alloc(0);
    const parts: Buffer[] = [];
    for await (const part of createReadStream(this.partPath, { start: offset, end: offset + length - 1 }))
      parts.push(part as Buffer);
    return Buffer.concat(parts);
  }

  async commit(): Promise<void> {
    await rename(this.partPath, this.finalPath);
  }

  async abort(): Promise<void> {
    this.stream?.destroy();
    await rm(this.partPath, { force: true });
  }
}

/** A stored file as a stream, one chunk in memory at a time. */
export function readStoredFile(
  ds: DataSource,
  file: { id: string; storage: string; storageKey: string | null },
  dir: string,
): Readable {
  if (file.storage === 'dir')
    return createReadStream(path.join(dir, path.basename(file.storageKey ?? file.id)));
  async function* chunks() {
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer }[] = await ds.query(CHUNK_SQL, [file.id, seq]);
      if (!rows.length) return;
      yield rows[0].data;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Removes a directory-stored file (the database rows cascade by themselves). */
export async function removeStoredFile(file: { storage: string; storageKey: string | null }, dir: string) {
  if (file.storage === 'dir' && file.storageKey)
    await rm(path.join(dir, path.basename(file.storageKey)), { force: true });
}
