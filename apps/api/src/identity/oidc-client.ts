import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { OidcProviderConfig } from '../config/oidc-config';
import type { OidcTransaction } from './oidc-transaction';

/** A failed round trip with the provider, with a reason for the metrics and the sign-in page. */
export class OidcFlowError extends Error {
  constructor(
    readonly reason: 'state' | 'provider' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

/** Tolerated difference between the provider's clock and ours when checking iat/exp (seconds). */
export const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * The certified client (openid-client) per configured provider: discovery (cached; retried after a
 * failure), the authorization URL with state, nonce and PKCE (S256), the code exchange with ID-token
 * validation, the userinfo claims, and the end-session URL for RP-initiated logout.
 */
@Injectable()
export class OidcClients {
  private readonly logger = new Logger(OidcClients.name);
  private readonly configs = new Map<string, Promise<oidc.Configuration>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  provider(id: string): OidcProviderConfig | undefined {
    return this.config.oidcProviders.find((p) => p.id === id);
  }

  redirectUri(providerId: string): string {
    return `${this.config.publicUrl}/auth/oidc/${providerId}/callback`;
  }

  private configuration(p: OidcProviderConfig): Promise<oidc.Configuration> {
    let pending = this.configs.get(p.id);
    if (!pending) {
      const insecure = p.issuer.startsWith('http:');
      pending = oidc
        .discovery(
          new URL(p.issuer),
          p.clientId,
          { [oidc.clockTolerance]: CLOCK_TOLERANCE_SECONDS },
          p.clientSecret ? oidc.ClientSecretBasic(p.clientSecret) : oidc.None(),
          { timeout: 10, execute: insecure ? [oidc.allowInsecureRequests] : [] },
        )
        .catch((err: unknown) => {
          this.configs.delete(p.id); // the next sign-in tries again
          this.logger.warn(`OIDC discovery of ${p.id} failed: ${(err as Error).message}`);
          throw new OidcFlowError('unavailable', 'discovery failed');
        });
      this.configs.set(p.id, pending);
    }
    return pending;
  }

  async loginUrl(p: OidcProviderConfig, tx: OidcTransaction): Promise<URL> {
    const config = await this.configuration(p);
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(p.id),
      scope: 'openid email profile',
      state: tx.state,
      nonce: tx.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(tx.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the code and returns the ID token's claims, completed by userinfo where offered. */
  async complete(
    p: OidcProviderConfig,
    tx: OidcTransaction,
    query: string,
  ): Promise<{ claims: Record<string, unknown>; idToken: string | undefined }> {
    const config = await this.configuration(p);
    const current = new URL(`${this.redirectUri(p.id)}${query}`);
    // Named apart from other failures (the client library checks it again): a callback that is not this
    // browser's sign-in.
    if (current.searchParams.get('state') !== tx.state) throw new OidcFlowError('state', 'state mismatch');
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: tx.codeVerifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      const e = err as { code?: string; error?: string; message: string };
      this.logger.warn(`OIDC sign-in with ${p.id} refused: ${e.code ?? ''} ${e.error ?? ''} ${e.message}`);
      throw new OidcFlowError('provider', e.message);
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcFlowError('provider', 'no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        // Userinfo fills what the ID token left out; the ID token wins where both have a value.
        claims = { ...info, ...idClaims };
      } catch (err) {
        this.logger.warn(`OIDC userinfo of ${p.id} failed: ${(err as Error).message}`);
      }
    }
    return { claims, idToken: tokens.id_token };
  }

  /** The provider's end-session URL, or null when it offers none (or cannot be reached). */
  async endSessionUrl(p: OidcProviderConfig, idToken: string | undefined): Promise<URL | null> {
    try {
      const config = await this.configuration(p);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: `${this.config.publicUrl}/`,
        ...(idToken ? { id_token_hint: idToken } : {}),
      });
    } catch {
      return null;
    }
  }
}

export const randomState = () => oidc.randomState();
export const randomNonce = () => oidc.randomNonce();
export const randomCodeVerifier = () => oidc.randomPKCECodeVerifier();
