import { connect, type Socket } from 'node:net';

/** What clamd said about one stream. */
export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/** clamd could not be reached or did not answer: the upload must fail, never pass unchecked. */
export class ScannerUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScannerUnavailableError';
  }
}

/** `tcp://host:port` or `unix:///path/to/clamd.ctl` (CLAMD_URL). */
export function parseClamdUrl(url: string): { host: string; port: number } | { path: string } {
  if (url.startsWith('unix://')) return { path: url.slice('unix://'.length) };
  const m = /^tcp:\/\/([^:/]+):(\d+)\/?$/.exec(url);
  if (!m)
    throw new Error(`Configuration error: CLAMD_URL must be tcp://host:port or unix:///path, got "${url}"`);
  return { host: m[1], port: Number(m[2]) };
}

/**
 * One INSTREAM session with clamd (see clamd(8)): `zINSTREAM\0`, then chunks each prefixed with their
 * length as a 32-bit big-endian integer, then a zero length; clamd answers `stream: OK` or
 * `stream: <signature> FOUND`. Writes wait for the socket to drain, so a slow scanner slows the upload
 * instead of filling memory. clamd closes the stream itself when it passes its StreamMaxLength.
 */
export class ClamdSession {
  private readonly socket: Socket;
  private readonly reply: Promise<string>;
  private failure: Error | null = null;

  constructor(url: string, timeoutMs: number) {
    const target = parseClamdUrl(url);
    this.socket = 'path' in target ? connect(target.path) : connect(target.port, target.host);
    this.socket.setTimeout(timeoutMs);
    this.reply = new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      this.socket.on('data', (d: Buffer) => parts.push(d));
      this.socket.on('timeout', () => {
        this.fail(new ScannerUnavailableError('Der Virenscanner hat nicht rechtzeitig geantwortet.'));
        reject(this.failure);
      });
      this.socket.on('error', (err) => {
        this.fail(new ScannerUnavailableError(`Der Virenscanner ist nicht erreichbar (${err.message}).`));
        reject(this.failure);
      });
      this.socket.on('close', () => {
        if (this.failure) return reject(this.failure);
        resolve(Buffer.concat(parts).toString('utf8').replace(/\0/g, '').trim());
      });
    });
    this.reply.catch(() => undefined); // observed by finish()
    this.socket.write('zINSTREAM\0');
  }

  private fail(err: Error) {
    this.failure ??= err;
    this.socket.destroy();
  }

  /** Sends one piece of the file; resolves when the socket can take more. */
  async write(data: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    if (data.length === 0) return;
    const header = Buffer.alloc(4);
    header.writeUInt32BE(data.length, 0);
    this.socket.write(header);
    if (!this.socket.write(data)) {
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          this.socket.off('drain', done);
          this.socket.off('close', done);
          if (this.failure) reject(this.failure);
          else resolve();
        };
        this.socket.on('drain', done);
        this.socket.on('close', done);
      });
    }
    if (this.failure) throw this.failure;
  }

  /** Ends the stream and reads clamd's verdict. */
  async finish(): Promise<ScanVerdict> {
    if (!this.failure) this.socket.end(Buffer.alloc(4));
    return verdictOf(await this.reply);
  }

  /** Gives up (the upload was refused for another reason). */
  abort(): void {
    this.failure ??= new Error('aborted');
    this.socket.destroy();
  }
}

export function verdictOf(reply: string): ScanVerdict {
  if (/^stream: OK$/.test(reply)) return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found) return { clean: false, signature: found[1] };
  // "INSTREAM size limit exceeded. ERROR", "… ERROR" or an empty answer: not a verdict.
  throw new ScannerUnavailableError(
    `Der Virenscanner konnte die Datei nicht prüfen (${reply || 'keine Antwort'}).`,
  );
}

/** `PING` → `PONG`: whether clamd answers at all (tests, health). */
export async function pingClamd(url: string, timeoutMs = 2000): Promise<boolean> {
  const target = parseClamdUrl(url);
  return new Promise((resolve) => {
    const socket = 'path' in target ? connect(target.path) : connect(target.port, target.host);
    let answer = '';
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(answer.replace(/\0/g, '').trim() === 'PONG'));
    socket.end('zPING\0');
  });
}
