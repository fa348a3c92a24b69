import { createServer, type Server } from 'node:net';
import { ClamdSession, parseClamdUrl, ScannerUnavailableError, verdictOf } from './clamd-client';

describe('clamd client', () => {
  it('parses CLAMD_URL', () => {
    expect(parseClamdUrl('tcp://127.0.0.1:3310')).toEqual({ host: '127.0.0.1', port: 3310 });
    expect(parseClamdUrl('unix:///run/clamav/clamd.ctl')).toEqual({ path: '/run/clamav/clamd.ctl' });
    expect(() => parseClamdUrl('http://x')).toThrow(/CLAMD_URL/);
  });

  it('reads verdicts, and treats anything else as no verdict', () => {
    expect(verdictOf('stream: OK')).toEqual({ clean: true });
    expect(verdictOf('stream: Eicar-Signature FOUND')).toEqual({
      clean: false,
      signature: 'Eicar-Signature',
    });
    expect(() => verdictOf('INSTREAM size limit exceeded. ERROR')).toThrow(ScannerUnavailableError);
    expect(() => verdictOf('')).toThrow(ScannerUnavailableError);
  });

  it('speaks INSTREAM: length-prefixed chunks and a zero length', async () => {
    let received = Buffer.alloc(0);
    const server: Server = createServer((socket) => {
      socket.on('data', (d) => {
        received = Buffer.concat([received, d]);
        if (received.subarray(-4).equals(Buffer.alloc(4))) socket.end('stream: OK\0');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    const session = new ClamdSession(`tcp://127.0.0.1:${port}`, 5000);
    await session.write(Buffer.from('abc'));
    await session.write(Buffer.from('de'));
    expect(await session.finish()).toEqual({ clean: true });
    expect(received.toString('latin1')).toBe('zINSTREAM\0\0\0\0\x03abc\0\0\0\x02de\0\0\0\0');
    server.close();
  });

  it('fails clearly when clamd is not there', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    await new Promise<void>((r) => server.close(() => r()));
    const session = new ClamdSession(`tcp://127.0.0.1:${port}`, 5000);
    await expect(session.write(Buffer.from('x')).then(() => session.finish())).rejects.toThrow(
      /nicht erreichbar/,
    );
  });
});
