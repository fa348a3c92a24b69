#!/usr/bin/env node
// `npm run bench:upload-memory`: resident memory of the production build (its own process, as in production)
// while 20 MB files stream into POST /uploads, sampled every 20 ms from /proc. The test suite checks the
// same in-process (uploads.int-spec.ts); this measures the real server. Database as for `npm run bench`
// (bulk users); the files are stored in it (UPLOAD_STORAGE pg) and deleted afterwards. Without clamd here
// (UPLOAD_SCAN=false): the scanner stream is chunked the same way and is covered by the int-spec.
// Runs on a copy of the seeded database (see lib.mjs).
// Usage: npm run bench:upload-memory [-- --uploads 3 --mb 20]
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import pg from 'pg';
import {
  arg,
  benchDatabaseUrl,
  dropBenchDatabase,
  benchSessions,
  endSessions,
  rssMiB,
  startApi,
} from './lib.mjs';

const UPLOADS = arg('uploads', 3);
const MB = arg('mb', 20);
const PORT = arg('port', 3950);
const dbUrl = await benchDatabaseUrl();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Streams a MB-sized PDF (real header, random body) as multipart; never holds the whole file either. */
function upload(token) {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Leitfaden.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
  );
  const tail = Buffer.from(`\n%%EOF\n\r\n--${boundary}--\r\n`);
  const chunk = 64 * 1024;
  const chunks = Math.floor((MB * 2 ** 20) / chunk);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/uploads',
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'apollo-require-preflight': 'true',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + chunks * chunk + tail.length,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () =>
          res.statusCode >= 200 && res.statusCode < 300
            ? resolve(JSON.parse(body).id)
            : reject(new Error(body)),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    let sent = 0;
    const pump = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(randomBytes(chunk))) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const [user] = await benchSessions(db, 1);
const api = await startApi(PORT, dbUrl, { UPLOAD_SCAN: 'false', UPLOAD_MAX_MB: String(MB + 1) });
const ids = [];
try {
  await sleep(2000);
  const idle = rssMiB(api.pid);
  const runs = [];
  for (let i = 0; i < UPLOADS; i++) {
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, rssMiB(api.pid))), 20);
    const started = Date.now();
    ids.push(await upload(user.token));
    clearInterval(timer);
    runs.push({ seconds: (Date.now() - started) / 1000, peakMiB: peak, afterMiB: rssMiB(api.pid) });
  }
  console.log(`API resident memory, idle before the uploads: ${idle} MiB`);
  for (const [i, r] of runs.entries())
    console.log(
      `upload ${i + 1} (${MB} MB, ${r.seconds.toFixed(1)} s): peak ${r.peakMiB} MiB (+${r.peakMiB - idle}), after ${r.afterMiB} MiB`,
    );
} finally {
  api.kill('SIGTERM');
  await db.query('DELETE FROM attachments WHERE id = ANY($1::uuid[])', [ids]).catch(() => undefined);
  await endSessions(db, [user]);
  await db.end();
  await dropBenchDatabase();
}
