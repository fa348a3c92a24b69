import { useQuery } from '@apollo/client/react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { IdentityProvidersQueryDocument } from '../graphql/identity.graphql';
import '@/shared/components/admin-ui.css';

/** /verwaltung/identitaetsanbieter: the configured OpenID Connect providers (no secrets) and their accounts. */
export function IdentityProvidersPage() {
  const { t, ready } = useNamespace('auth');
  const { data, loading, error } = useQuery(IdentityProvidersQueryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  if (!ready || (loading && !data)) return <Loading />;
  const providers = data?.identityProviders ?? [];
  return (
    <div className="app-stack">
      <PageHeading title={t('providers.title')} />
      <p className="kern-body">{t('providers.intro')}</p>
      {error ? <ApiErrorAlert error={error} /> : null}
      {providers.length === 0 ? (
        <p className="kern-body">{t('providers.none')}</p>
      ) : (
        <ul className="app-stack app-provider-list">
          {providers.map((p) => (
            <li key={p.id} className="kern-card">
              <div className="kern-card__container">
                <h2 className="kern-heading-small">{p.label}</h2>
                <dl className="app-provider-facts">
                  <dt>{t('providers.id')}</dt>
                  <dd>
                    <code>{p.id}</code>
                  </dd>
                  <dt>{t('providers.issuer')}</dt>
                  <dd className="app-break-anywhere">{p.issuer}</dd>
                  <dt>{t('providers.clientId')}</dt>
                  <dd className="app-break-anywhere">{p.clientId}</dd>
                  <dt>{t('providers.trusted')}</dt>
                  <dd>{p.trusted ? t('providers.trustedYes') : t('providers.trustedNo')}</dd>
                  <dt>{t('providers.organisation')}</dt>
                  <dd className="app-break-anywhere">
                    {[
                      p.organisationClaim
                        ? t('providers.organisationClaim', { claim: p.organisationClaim })
                        : null,
                      p.organisationId ? t('providers.organisationFixed', { id: p.organisationId }) : null,
                    ]
                      .filter(Boolean)
                      .join(', ') || t('providers.organisationNone')}
                  </dd>
                  <dt>{t('providers.linked')}</dt>
                  <dd>{p.linkedAccounts}</dd>
                </dl>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
