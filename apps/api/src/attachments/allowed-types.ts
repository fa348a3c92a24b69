import { extname } from 'node:path';

/** An allowed kind of file: the MIME type it is served with and the file name endings it may carry. */
export interface AllowedType {
  mime: string;
  extensions: readonly string[];
  /** PNG, JPEG, WebP: resized and stripped of metadata, may be shown inline in a post. */
  image?: boolean;
  /** ZIP: its entries are checked too. */
  archive?: boolean;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/**
 * What may be attached, keyed by the type detected from the content (file-type's `ext`, or `csv`/`xml` for
 * text). The name's ending must be one of the type's endings, so that a file opens with the program its
 * name promises.
 */
export const ALLOWED_TYPES: Record<string, AllowedType> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  docx: { mime: `${OOXML}.wordprocessingml.document`, extensions: ['docx'] },
  xlsx: { mime: `${OOXML}.spreadsheetml.sheet`, extensions: ['xlsx'] },
  pptx: { mime: `${OOXML}.presentationml.presentation`, extensions: ['pptx'] },
  odt: { mime: `${ODF}.text`, extensions: ['odt'] },
  ods: { mime: `${ODF}.spreadsheet`, extensions: ['ods'] },
  odp: { mime: `${ODF}.presentation`, extensions: ['odp'] },
  // Word, Excel and PowerPoint before 2007 share one container format (Compound File Binary).
  cfb: { mime: 'application/x-cfb', extensions: ['doc', 'xls', 'ppt'] },
  csv: { mime: 'text/csv; charset=utf-8', extensions: ['csv'] },
  xml: { mime: 'application/xml', extensions: ['xml'] },
  zip: { mime: 'application/zip', extensions: ['zip'], archive: true },
  png: { mime: 'image/png', extensions: ['png'], image: true },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], image: true },
  webp: { mime: 'image/webp', extensions: ['webp'], image: true },
};

const LEGACY_OFFICE_MIME: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/** Endings an entry of an uploaded ZIP may have (plus plain text); anything else refuses the archive. */
export const ALLOWED_ENTRY_EXTENSIONS = new Set([
  ...Object.values(ALLOWED_TYPES).flatMap((t) => t.extensions),
  'txt',
  'md',
  'json',
  'xsd',
  'wsdl',
  'rels',
]);

export const extensionOf = (name: string) => extname(name).slice(1).toLowerCase();

/** Readable text (CSV, XML without declaration): no NUL and no control characters but tab, CR, LF, FF. */
export function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f) return false;
  }
  return true;
}

export type TypeDecision =
  | { ok: true; key: string; type: AllowedType; mime: string; verifyOoxml?: boolean }
  | { ok: false; reason: string };

/**
 * Decides from what the content is (`detected`: file-type's answer for the first bytes) and the file's
 * name. The browser's claimed type is never consulted.
 */
export function decideType(
  name: string,
  detected: { ext: string; mime: string } | undefined,
  head: Buffer,
): TypeDecision {
  const ext = extensionOf(name);
  let key = detected?.ext;
  if (!key) {
    if (!looksLikeText(head))
      return { ok: false, reason: 'Der Dateityp ist nicht erlaubt (unbekannter Inhalt).' };
    if (ext === 'csv' || ext === 'xml') key = ext;
    else return { ok: false, reason: 'Der Dateityp ist nicht erlaubt (Textdateien nur als CSV oder XML).' };
  }
  // file-type names a ZIP "docx" only when it sees the Word folder within the first bytes; otherwise the
  // caller confirms it from the archive's directory (isOoxml).
  if (key === 'zip' && ['docx', 'xlsx', 'pptx'].includes(ext))
    return { ok: true, key: ext, type: ALLOWED_TYPES[ext], mime: ALLOWED_TYPES[ext].mime, verifyOoxml: true };
  const type = ALLOWED_TYPES[key];
  if (!type) {
    return {
      ok: false,
      reason: `Der Dateityp ist nicht erlaubt (erkannt: ${detected?.mime ?? key}).`,
    };
  }
  if (!type.extensions.includes(ext)) {
    return {
      ok: false,
      reason: `Der Inhalt passt nicht zur Dateiendung („.${ext || '?'}“, erkannt: ${type.extensions[0].toUpperCase()}).`,
    };
  }
  return { ok: true, key, type, mime: key === 'cfb' ? LEGACY_OFFICE_MIME[ext] : type.mime };
}
