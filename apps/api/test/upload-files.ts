import { once } from 'node:events';
import { request } from 'node:http';
import { crc32 } from 'node:zlib';

/** Test files for the upload specs, built here so that nothing is fetched. */

/** A small but real PDF (one empty page). */
export function pdfFile(text = 'Leistungsbeschreibung'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>`,
    `<< /Length ${text.length + 24} >>\nstream\nBT /F1 12 Tf (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A Linux executable's first bytes (ELF header) followed by padding. */
export function elfFile(): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b);
  return b;
}

/** A Windows executable's first bytes ("MZ" … "PE\0\0"). */
export function exeFile(): Buffer {
  const b = Buffer.alloc(4096);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

/** A ZIP (stored, no compression) of the given entries. */
export function zipFile(entries: { name: string; data: Buffer | string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

export interface UploadAnswer {
  status: number;
  body: { id?: string; code?: string; message?: string };
}

/** `POST /uploads` as the web app sends it (multipart, field `file`, the preflight header). */
export async function upload(
  url: string,
  token: string | null,
  name: string,
  data: Buffer,
  opts: { preflight?: boolean; cookie?: string } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const headers: Record<string, string> = {};
  if (opts.preflight !== false) headers['apollo-require-preflight'] = 'true';
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.cookie) headers.cookie = opts.cookie;
  const res = await fetch(`${url}/uploads`, { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

/**
 * Uploads `size` bytes produced piece by piece (never held whole, each write waiting for the socket),
 * without a Content-Length: the server must enforce the limit while the stream runs.
 */
export function uploadStream(
  url: string,
  token: string,
  name: string,
  size: number,
  head: Buffer,
): Promise<UploadAnswer> {
  const boundary = `----forum-test-${Date.now()}`;
  const start = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const piece = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    const req = request(`${url}/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'apollo-require-preflight': 'true',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(parts).toString()) as UploadAnswer['body'],
        }),
      );
    });
    req.on('error', reject);
    void (async () => {
      req.write(Buffer.concat([start, head]));
      let sent = head.length;
      while (sent < size && !req.destroyed) {
        const n = Math.min(piece.length, size - sent);
        sent += n;
        if (!req.write(piece.subarray(0, n))) await once(req, 'drain').catch(() => undefined);
      }
      req.end(`\r\n--${boundary}--\r\n`);
    })().catch(reject);
  });
}
