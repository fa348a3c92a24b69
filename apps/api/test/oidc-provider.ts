import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

// Starts the real OpenID provider of oidc-test-provider.mjs in a child process, and walks a browser's
// way through a sign-in over HTTP: the forum's login route, the provider's own login form, the callback.

export interface TestProviderConfig {
  clients: Record<string, unknown>[];
  accounts: Record<string, Record<string, unknown>>;
  clockOffsetSeconds?: number;
}

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startOidcProvider(config: TestProviderConfig): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-test-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`test provider did not start: ${stderr}`)), 15_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.once('exit', (code) => reject(new Error(`test provider exited (${code}): ${stderr}`)));
  });
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Cookies per host, as a browser keeps them (path and expiry are not needed here). */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: string): string {
    const jar = this.jars.get(new URL(url).host);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  store(url: string, res: Response): void {
    const host = new URL(url).host;
    const jar = this.jars.get(host) ?? new Map<string, string>();
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attrs] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(host, jar);
  }

  get(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    const jar = this.jars.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(host, jar);
  }
}

export interface SignInWalk {
  /** Where the forum sent the browser in the end (a path: /bereiche, or /?anmeldung=<reason>). */
  landing: string;
  /** The provider's redirect back to the forum (with code and state), as the browser followed it. */
  callbackUrl: string;
  jar: CookieJar;
}

/**
 * Follows redirects like a browser from the forum's /auth/oidc/<id>/login, signs in on the provider's own
 * login form as `login`, and returns where the forum lands. `publicUrl` links are sent to `forumUrl`;
 * `beforeCallback` may change the callback URL (a wrong state) before the browser follows it.
 */
export async function signInThroughProvider(
  forumUrl: string,
  publicUrl: string,
  providerId: string,
  login: string,
  opts: { jar?: CookieJar; beforeCallback?: (url: string) => string } = {},
): Promise<SignInWalk> {
  const jar = opts.jar ?? new CookieJar();
  const toForum = (url: string) => (url.startsWith(publicUrl) ? forumUrl + url.slice(publicUrl.length) : url);
  let url = `${forumUrl}/auth/oidc/${providerId}/login`;
  let callbackUrl = '';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(url),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    jar.store(url, res);
    body = undefined;
    const location = res.headers.get('location');
    if (location) {
      let next = toForum(new URL(location, url).href);
      if (next.startsWith(forumUrl) && next.includes('/callback')) {
        next = opts.beforeCallback ? opts.beforeCallback(next) : next;
        callbackUrl = next;
      }
      if (next.startsWith(forumUrl) && !next.includes('/auth/oidc/')) {
        return { landing: next.slice(forumUrl.length), callbackUrl, jar };
      }
      url = next;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || !html.includes('name="login"'))
      throw new Error(`unexpected page ${res.status} at ${url}: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    body = new URLSearchParams({ prompt: 'login', login, password: 'beliebig' }).toString();
  }
  throw new Error('too many redirects');
}
