import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { SESSION_COOKIE } from '../auth/session-token';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OidcAccountsService, OidcRefused } from './oidc-accounts.service';
import { OidcClients, OidcFlowError, randomCodeVerifier, randomNonce, randomState } from './oidc-client';
import { oidcSignIns, oidcSignInFailures } from './oidc-metrics';
import {
  OIDC_COOKIE_PATH,
  OIDC_LOGOUT_COOKIE,
  OIDC_TRANSACTION_COOKIE,
  OIDC_TRANSACTION_TTL_SECONDS,
  openTransaction,
  sealTransaction,
} from './oidc-transaction';

/** Where a signed-in person lands: the boards, as after the password form. */
const AFTER_SIGN_IN = '/bereiche';

/**
 * Sign-in through the OpenID Connect providers (authorization code flow with PKCE): the browser goes to
 * /auth/oidc/<id>/login, the provider sends it back to /auth/oidc/<id>/callback, and the forum sets the
 * same session cookie as the password sign-in. /auth/oidc/logout ends the forum session and, where the
 * provider offers it, the provider's (RP-initiated logout). Failures return to the sign-in page with
 * `?anmeldung=<reason>`, which the page explains.
 */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: OidcClients,
    private readonly accounts: OidcAccountsService,
    private readonly auth: AuthService,
  ) {}

  private cookie(maxAgeMs?: number, path = OIDC_COOKIE_PATH): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path, maxAge: maxAgeMs };
  }

  @Get('logout')
  async logout(@Req() req: Request, @Res() res: Response) {
    const cookies = req.cookies as Record<string, string | undefined>;
    const viewer = await this.auth.resolveViewer(cookies[SESSION_COOKIE] ?? null);
    await this.auth.logout(viewer);
    res.clearCookie(SESSION_COOKIE, this.cookie(undefined, '/'));
    res.clearCookie(OIDC_LOGOUT_COOKIE, this.cookie());
    const [providerId, idToken] = (cookies[OIDC_LOGOUT_COOKIE] ?? '').split(' ');
    const provider = providerId ? this.clients.provider(providerId) : undefined;
    const endSession = provider ? await this.clients.endSessionUrl(provider, idToken) : null;
    res.redirect(303, endSession?.href ?? '/');
  }

  @Get(':id/login')
  async login(@Param('id') id: string, @Res() res: Response) {
    const provider = this.clients.provider(id);
    if (!provider) return res.status(404).type('text').send('Unbekannter Identitätsanbieter');
    const tx = {
      providerId: id,
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomCodeVerifier(),
      startedAt: Math.floor(Date.now() / 1000),
    };
    try {
      const url = await this.clients.loginUrl(provider, tx);
      res.cookie(
        OIDC_TRANSACTION_COOKIE,
        sealTransaction(this.config.mailSecret, tx),
        this.cookie(OIDC_TRANSACTION_TTL_SECONDS * 1000),
      );
      res.redirect(303, url.href);
    } catch (err) {
      this.fail(res, id, err instanceof OidcFlowError ? err.reason : 'provider');
    }
  }

  @Get(':id/callback')
  async callback(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const provider = this.clients.provider(id);
    if (!provider) return res.status(404).type('text').send('Unbekannter Identitätsanbieter');
    const cookies = req.cookies as Record<string, string | undefined>;
    // One use: whatever happens next, this browser's transaction is over (a replayed callback fails).
    res.clearCookie(OIDC_TRANSACTION_COOKIE, this.cookie());
    const tx = openTransaction(this.config.mailSecret, cookies[OIDC_TRANSACTION_COOKIE]);
    if (!tx || tx.providerId !== id) return this.fail(res, id, 'state');
    const query = req.originalUrl.slice(
      req.originalUrl.indexOf('?') === -1 ? req.originalUrl.length : req.originalUrl.indexOf('?'),
    );
    try {
      const { claims, idToken } = await this.clients.complete(provider, tx, query);
      const userId = await this.accounts.accountFor(provider, claims);
      const { token, expiresAt } = await this.auth.startSession(userId);
      res.cookie(SESSION_COOKIE, token, { ...this.cookie(undefined, '/'), expires: expiresAt });
      if (idToken && idToken.length < 3500)
        res.cookie(OIDC_LOGOUT_COOKIE, `${id} ${idToken}`, { ...this.cookie(), expires: expiresAt });
      oidcSignIns().inc({ provider: id });
      res.redirect(303, AFTER_SIGN_IN);
    } catch (err) {
      if (err instanceof OidcFlowError || err instanceof OidcRefused) return this.fail(res, id, err.reason);
      this.logger.error(`OIDC sign-in with ${id} failed`, err as Error);
      this.fail(res, id, 'provider');
    }
  }

  private fail(res: Response, providerId: string, reason: string) {
    oidcSignInFailures().inc({ provider: providerId, reason });
    res.redirect(303, `/?anmeldung=${encodeURIComponent(reason)}`);
  }
}
