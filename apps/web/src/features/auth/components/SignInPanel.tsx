import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { SignInOptionsQueryDocument } from '../graphql/identity.graphql';
import { LoginForm } from './LoginForm';

/** Why a sign-in through a provider came back without a session (`?anmeldung=<reason>` from the API). */
const SSO_REASONS = [
  'state',
  'provider',
  'unavailable',
  'unverified_email',
  'no_email',
  'organisation',
  'pending',
  'suspended',
] as const;

/**
 * The sign-in on the landing page: one button per identity provider (a full page load to the API's
 * /auth/oidc/<id>/login), then the password form unless the forum allows only the providers.
 */
export function SignInPanel() {
  const { t } = useTranslation();
  const { data } = useQuery(SignInOptionsQueryDocument);
  const [params] = useSearchParams();
  const reason = params.get('anmeldung');
  const known = SSO_REASONS.find((r) => r === reason);
  const providers = data?.signInOptions.providers ?? [];
  const passwordLogin = data?.signInOptions.passwordLogin ?? true;
  return (
    <div className="app-stack">
      {reason ? (
        <Alert
          variant={known === 'pending' ? 'info' : 'danger'}
          title={t(`auth.sso.${known ?? 'provider'}`)}
          live="alert"
          id="sso-error"
        />
      ) : null}
      {providers.length ? (
        <section aria-labelledby="sso-title" className="app-stack">
          <h2 id="sso-title" className="kern-heading-medium">
            {t('auth.sso.title')}
          </h2>
          <ul className="app-sso-list">
            {providers.map((p) => (
              <li key={p.id}>
                <a className="kern-btn kern-btn--secondary app-sso-button" href={p.loginUrl}>
                  <span className="kern-label">{p.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {passwordLogin ? <LoginForm withSeparator={providers.length > 0} /> : null}
    </div>
  );
}
