// A real OpenID Connect provider for the tests (oidc-provider, the certified Node.js implementation), run
// as a child process because it is ESM-only and Jest's sandbox is CommonJS. Configuration as JSON in
// OIDC_TEST_CONFIG: { clients: [...client metadata], accounts: { <login>: { ...claims } },
// clockOffsetSeconds?: number, port?: number }. Its own login page (devInteractions) accepts any password
// for a listed login; consent is granted at once. Prints one line `{"issuer":"http://127.0.0.1:<port>"}`.
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
if (config.clockOffsetSeconds) {
  // A provider whose clock is off: its tokens carry iat/exp from its own time.
  const realNow = Date.now;
  Date.now = () => realNow() + config.clockOffsetSeconds * 1000;
}

const server = http.createServer();
await new Promise((resolve) => server.listen(config.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const accounts = config.accounts ?? {};

const provider = new Provider(issuer, {
  clients: config.clients ?? [],
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'org'],
  },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  cookies: { keys: ['forum-kommunalpakt-test-provider-cookie-key'] },
  async findAccount(_ctx, id) {
    if (!accounts[id]) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...accounts[id] }) };
  },
  // First-party test clients: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Error</title></head><body><main><h1>Error</h1><pre>${String(out.error)}: ${String(out.error_description ?? '')}</pre></main></body></html>`;
  },
});
provider.on('server_error', (_ctx, err) => process.stderr.write(`oidc-provider: ${err.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
