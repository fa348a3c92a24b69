import { createHash } from 'node:crypto';
import { once } from 'node:events';
import FileType from 'file-type';
import sharp from 'sharp';
import { badInput, DomainError } from '../common/errors/domain-error';
import { decideType, extensionOf, type TypeDecision } from './allowed-types';
import type { FileSink } from './attachment-store';
import { ClamdSession, ScannerUnavailableError } from './clamd-client';
import { readZipEntries, refusedEntry } from './zip-entries';

/** Bytes read before the type is decided (file-type looks into the first entries of a ZIP). */
const SNIFF_BYTES = 64 * 1024;
/** The end of a ZIP holds its directory's locator (22 bytes plus a comment of up to 64 KiB). */
const TAIL_BYTES = 22 + 0xffff;
/** Images are shown at most this wide; larger ones are scaled down (never up). */
export const IMAGE_MAX_WIDTH = 1600;
const IMAGE_MAX_PIXELS = 50_000_000;

export interface CheckedFile {
  contentType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  storageKey: string | null;
}

/** clamd found something: the caller rolls back, tells the moderators and refuses the upload. */
export class InfectedFileError extends Error {
  constructor(readonly signature: string) {
    super(`infected: ${signature}`);
    this.name = 'InfectedFileError';
  }
}

export interface CheckOptions {
  maxBytes: number;
  /** null: UPLOAD_SCAN=false, no scan. */
  scanner: ClamdSession | null;
}

export const tooLarge = (maxBytes: number) =>
  badInput(`Die Datei ist zu groß (höchstens ${Math.round(maxBytes / 1024 / 1024)} MB).`);

/**
 * Streams one uploaded file into `sink` while checking it: the size limit on every piece, the type from
 * the first bytes, every byte to clamd, the entries of a ZIP, and images through sharp (scaled, EXIF and
 * GPS dropped: sharp writes no metadata unless asked to). Holds at most the first 64 KiB and the last
 * 64 KiB of a file in memory — except an image, which sharp decodes whole (images are small).
 */
export async function checkAndStore(
  name: string,
  input: AsyncIterable<Buffer> & { truncated?: boolean },
  sink: FileSink,
  opts: CheckOptions,
): Promise<CheckedFile> {
  const hash = createHash('sha256');
  let received = 0;
  let stored = 0;
  let head: Buffer[] = [];
  let headBytes = 0;
  let tail: Buffer = Buffer.alloc(0);
  let decision: Extract<TypeDecision, { ok: true }> | null = null;
  let image: ImagePipe | null = null;

  const store = async (data: Buffer) => {
    hash.update(data);
    stored += data.length;
    await sink.write(data);
  };
  const forward = async (data: Buffer) => (image ? image.write(data) : store(data));
  const decide = async () => {
    const first = Buffer.concat(head);
    const detected = await FileType.fromBuffer(first);
    const result = decideType(name, detected, first);
    if (!result.ok) throw badInput(result.reason);
    decision = result;
    if (result.type.image) image = new ImagePipe(result.key, store);
    head = [];
    await forward(first);
  };

  try {
    for await (const piece of input) {
      received += piece.length;
      if (received > opts.maxBytes) throw tooLarge(opts.maxBytes);
      await opts.scanner?.write(piece);
      if (decision) await forward(piece);
      else {
        head.push(piece);
        headBytes += piece.length;
        if (headBytes >= SNIFF_BYTES) await decide();
      }
      tail = keepTail(tail, piece);
    }
    if (input.truncated) throw tooLarge(opts.maxBytes);
    if (received === 0) throw badInput('Die Datei ist leer.');
    if (!decision) await decide();
    const verdict = await opts.scanner?.finish();
    if (verdict && !verdict.clean) throw new InfectedFileError(verdict.signature);
    const info = image ? await (image as ImagePipe).finish() : null;
    const storageKey = await sink.finish();
    const chosen = decision as unknown as Extract<TypeDecision, { ok: true }>;
    if (chosen.type.archive || chosen.verifyOoxml) {
      const entries = await readZipEntries(tail, received, (o, l) => sink.readRange(o, l));
      if (chosen.type.archive) {
        const refused = refusedEntry(entries);
        if (refused) throw badInput(refused);
      } else if (!isOoxml(entries?.map((e) => e.name) ?? [], extensionOf(name))) {
        throw badInput('Der Inhalt passt nicht zur Dateiendung (kein Office-Dokument).');
      }
    }
    return {
      contentType: chosen.mime,
      size: stored,
      sha256: hash.digest('hex'),
      width: info?.width ?? null,
      height: info?.height ?? null,
      storageKey,
    };
  } catch (err) {
    opts.scanner?.abort();
    (image as ImagePipe | null)?.abort();
    if (err instanceof ScannerUnavailableError) throw new DomainError('SERVICE_UNAVAILABLE', err.message);
    throw err;
  }
}

function keepTail(tail: Buffer, piece: Buffer): Buffer {
  if (piece.length >= TAIL_BYTES) return Buffer.from(piece.subarray(piece.length - TAIL_BYTES));
  const joined = Buffer.concat([tail, piece]);
  return joined.length > TAIL_BYTES ? Buffer.from(joined.subarray(joined.length - TAIL_BYTES)) : joined;
}

const OOXML_FOLDER: Record<string, string> = { docx: 'word/', xlsx: 'xl/', pptx: 'ppt/' };

/** A Word, Excel or PowerPoint file is a ZIP with a content-types part and its application's folder. */
export function isOoxml(names: string[], ext: string): boolean {
  const folder = OOXML_FOLDER[ext];
  return !!folder && names.includes('[Content_Types].xml') && names.some((n) => n.startsWith(folder));
}

/** An image on its way through sharp: scaled to IMAGE_MAX_WIDTH, turned upright, without metadata. */
class ImagePipe {
  private readonly transformer: sharp.Sharp;
  private readonly output: Promise<void>;
  private info: sharp.OutputInfo | null = null;

  constructor(format: string, store: (data: Buffer) => Promise<void>) {
    const base = sharp({ limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: IMAGE_MAX_WIDTH, withoutEnlargement: true });
    this.transformer =
      format === 'png'
        ? base.png()
        : format === 'webp'
          ? base.webp({ quality: 85 })
          : base.jpeg({ quality: 85, mozjpeg: true });
    const transformer = this.transformer;
    transformer.on('info', (info: sharp.OutputInfo) => (this.info = info));
    this.output = (async () => {
      for await (const data of transformer) await store(data as Buffer);
    })();
    this.output.catch(() => undefined); // observed by finish()
  }

  async write(data: Buffer) {
    if (!this.transformer.write(data)) await once(this.transformer, 'drain');
  }

  async finish(): Promise<{ width: number; height: number }> {
    this.transformer.end();
    try {
      await this.output;
    } catch {
      throw badInput('Das Bild kann nicht gelesen werden.');
    }
    if (!this.info) throw badInput('Das Bild kann nicht gelesen werden.');
    return { width: this.info.width, height: this.info.height };
  }

  abort() {
    this.transformer.destroy();
  }
}
