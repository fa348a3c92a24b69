import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pingClamd } from '../src/attachments/clamd-client';

const CLAMD = '/usr/sbin/clamd';

/** The EICAR test string: harmless, and what every scanner is meant to report (here: our own signature). */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
export const TEST_SIGNATURE = 'Forum.Test.Eicar';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Debian's clamd on a free port with a signature database this test writes (signature downloads are not
 * possible here, and main.cvd is absent): one body signature matching the EICAR string.
 */
export class TestClamd {
  private constructor(
    private readonly dir: string,
    private proc: ChildProcess | null,
    readonly url: string,
  ) {}

  /** Whether Debian's clamav-daemon is installed; tests skip loudly without it unless REQUIRE_CLAMD=1. */
  static available(): boolean {
    if (existsSync(CLAMD)) return true;
    if (process.env.REQUIRE_CLAMD === '1')
      throw new Error('REQUIRE_CLAMD=1 but /usr/sbin/clamd is missing (apt-get install -y clamav-daemon)');
    process.stdout.write(
      '\n[test] !!! no /usr/sbin/clamd (apt-get install -y clamav-daemon): the virus scanner tests are SKIPPED !!!\n',
    );
    return false;
  }

  static async start(): Promise<TestClamd> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'forum-clamd-'));
    const port = await freePort();
    await writeFile(
      path.join(dir, 'forum-test.ndb'),
      `${TEST_SIGNATURE}:0:*:${Buffer.from(EICAR).toString('hex')}\n`,
    );
    const conf = path.join(dir, 'clamd.conf');
    await writeFile(
      conf,
      [
        'Foreground yes',
        `TCPSocket ${port}`,
        'TCPAddr 127.0.0.1',
        `DatabaseDirectory ${dir}`,
        `LogFile ${path.join(dir, 'clamd.log')}`,
        'StreamMaxLength 100M',
        'MaxThreads 4',
        '',
      ].join('\n'),
    );
    const proc = spawn(CLAMD, ['-c', conf], { stdio: 'ignore' });
    const url = `tcp://127.0.0.1:${port}`;
    const clamd = new TestClamd(dir, proc, url);
    const deadline = Date.now() + 60_000;
    while (!(await pingClamd(url, 1000))) {
      if (proc.exitCode !== null || Date.now() > deadline) {
        await clamd.stop();
        throw new Error(`clamd did not start (exit ${proc.exitCode}); see its log in ${dir}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return clamd;
  }

  /** Ends clamd (a scanner that is down). */
  async kill(): Promise<void> {
    const proc = this.proc;
    this.proc = null;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dir, { recursive: true, force: true });
  }
}
