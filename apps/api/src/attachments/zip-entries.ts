import { ALLOWED_ENTRY_EXTENSIONS, extensionOf } from './allowed-types';

/** Reads `length` bytes at `offset` of the stored file. */
export type RangeReader = (offset: number, length: number) => Promise<Buffer>;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  encrypted: boolean;
}

/**
 * The entries of a ZIP, read from its central directory (at the end of the file, so the stored file is
 * read back in ranges instead of being held in memory). `tail` holds the file's last bytes.
 */
export async function readZipEntries(
  tail: Buffer,
  size: number,
  read: RangeReader,
): Promise<ZipEntry[] | null> {
  let eocd = -1;
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 0xffff); i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size) return null;
  const cd = await read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
    const flags = cd.readUInt16LE(p + 8);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const name = cd.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    entries.push({ name, encrypted: (flags & 0x1) !== 0 });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why an archive's entries are refused, or null when every entry is of an allowed kind. */
export function refusedEntry(entries: ZipEntry[] | null): string | null {
  if (!entries) return 'Das ZIP-Archiv ist beschädigt oder hat ein nicht unterstütztes Format.';
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue; // a folder
    if (entry.encrypted)
      return `Das ZIP-Archiv enthält eine verschlüsselte Datei („${entry.name}“), die nicht geprüft werden kann.`;
    if (!ALLOWED_ENTRY_EXTENSIONS.has(extensionOf(entry.name)))
      return `Das ZIP-Archiv enthält eine nicht erlaubte Datei („${entry.name}“).`;
  }
  return null;
}
