import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../common/errors/startup-error';

// PostgreSQL refuses to run as root. Started by root (as in containers and on CI), the embedded server
// runs as the system user `postgres`, which must be able to reach its binaries and its data directory.
// A checkout under /root or any other 0700 directory is out of its reach: then the binaries are copied
// to a place it can reach, and the data lives there too, linked from DATA_DIR/postgres.

export interface PostgresAccount {
  uid: number;
  gid: number;
}

/** The account PostgreSQL runs as: none (the current user) unless we are root. */
export function postgresAccount(): PostgresAccount | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] })),
  });
  try {
    return lookup();
  } catch {
    // No such user yet: create it as a system account without login (as Debian's postgresql package does).
  }
  try {
    execFileSync('groupadd', ['-f', '--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/bin/false', 'postgres'], {
      stdio: 'ignore',
    });
    return lookup();
  } catch (err) {
    throw new StartupError(
      'Started as root, the embedded PostgreSQL must run as the system user "postgres", which does not exist ' +
        `and could not be created (${err instanceof Error ? err.message : String(err)}): create it ` +
        '(useradd --system postgres), start the forum as a normal user, or set DATABASE_URL.',
    );
  }
}

/** Whether `account` may search every directory on the way to `target` (and `target` itself). */
export function reachable(target: string, account: PostgresAccount): boolean {
  let dir = path.resolve(target);
  for (;;) {
    let st: fs.Stats;
    try {
      st = fs.statSync(dir);
    } catch {
      return false;
    }
    const bits = st.uid === account.uid ? st.mode >> 6 : st.gid === account.gid ? st.mode >> 3 : st.mode;
    if (st.isDirectory() && (bits & 0o1) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function ensureRuntimeDir(runtimeDir: string): string {
  try {
    fs.mkdirSync(runtimeDir, { recursive: true, mode: 0o755 });
    fs.chmodSync(runtimeDir, 0o755);
    return runtimeDir;
  } catch (err) {
    throw new StartupError(
      `Started as root in a directory the system user "postgres" cannot enter, and ${runtimeDir} cannot ` +
        `be created (${err instanceof Error ? err.message : String(err)}): set DATA_DIR to a directory it can ` +
        'enter, start the forum as a normal user, or set DATABASE_URL.',
    );
  }
}

/** A copy of the binaries the postgres user can execute, made once per package version (atomically). */
function reachableBinaries(native: string, account: PostgresAccount, base: string): string {
  const version = JSON.parse(fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(base, `postgresql-${version.version}`);
  if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
    const partial = `${target}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(native, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(partial, target);
  }
  fs.chmodSync(target, 0o755);
  if (!reachable(path.join(target, 'bin'), account)) {
    throw new StartupError(
      `The system user "postgres" cannot reach ${target}: make ${base} world-searchable.`,
    );
  }
  return path.join(target, 'bin');
}

export interface EmbeddedPlace {
  binDir: string;
  /** The data directory PostgreSQL uses (DATA_DIR/postgres, or its real place when that is a link). */
  dbDir: string;
}

export function placeForPostgresAccount(
  native: string,
  dataDir: string,
  account: PostgresAccount | undefined,
  log: (m: string) => void,
  /** Where root keeps binaries and data the postgres user must reach (EMBEDDED_PG_RUNTIME_DIR). */
  runtimeDir: string,
): EmbeddedPlace {
  const linkOrDir = path.join(dataDir, 'postgres');
  const nativeBin = path.join(native, 'bin');
  if (!account) return { binDir: nativeBin, dbDir: linkOrDir };

  const binOk = reachable(nativeBin, account);
  const dataOk = reachable(dataDir, account);
  if (binOk && dataOk) return { binDir: nativeBin, dbDir: linkOrDir };

  const base = dataOk ? dataDir : ensureRuntimeDir(runtimeDir);
  const binDir = binOk ? nativeBin : reachableBinaries(native, account, base);
  if (dataOk) return { binDir, dbDir: linkOrDir };

  // The data: one directory per DATA_DIR under the runtime directory, linked from DATA_DIR/postgres.
  const real = path.join(
    base,
    `data-${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12)}`,
  );
  const current = fs.lstatSync(linkOrDir, { throwIfNoEntry: false });
  if (current && !current.isSymbolicLink()) {
    throw new StartupError(
      `${linkOrDir} holds a database the system user "postgres" cannot reach (a parent directory is closed to ` +
        `it, e.g. mode 0700): move it to ${real} and replace it by a link (ln -s ${real} ${linkOrDir}), ` +
        'or start the forum as the user who created it.',
    );
  }
  if (!current || fs.readlinkSync(linkOrDir) !== real) {
    fs.rmSync(linkOrDir, { force: true });
    fs.symlinkSync(real, linkOrDir);
  }
  fs.mkdirSync(real, { recursive: true, mode: 0o700 });
  fs.chownSync(real, account.uid, account.gid);
  log(
    `Started as root in a directory the system user "postgres" cannot enter: the embedded PostgreSQL keeps its data in ${real} (linked from ${linkOrDir})`,
  );
  return { binDir, dbDir: real };
}
