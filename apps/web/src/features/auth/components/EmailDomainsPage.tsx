import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { OrganisationKind } from '@/gql/graphql';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { TextField } from '@/shared/components/TextField';
import { formatDate } from '@/shared/lib/format-date';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import {
  AddAllowedEmailDomainMutationDocument,
  AllowedEmailDomainsQueryDocument,
  RemoveAllowedEmailDomainMutationDocument,
} from '../graphql/email-domains.graphql';
import { DOMAIN_PATTERN } from '../lib/validation';
import '@/shared/components/admin-ui.css';

export const ORGANISATION_KINDS: OrganisationKind[] = [
  'KOMMUNE',
  'LAND',
  'BUND',
  'FITKO',
  'SPITZENVERBAND',
  'IT_DIENSTLEISTER',
];

/** /verwaltung/e-mail-domains: domains whose registrations are approved at once, per organisation kind. */
export function EmailDomainsPage() {
  const { t, i18n } = useNamespace('auth');
  const { data, loading, error } = useQuery(AllowedEmailDomainsQueryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = ['AdminAllowedEmailDomains'];
  const [add, addState] = useMutation(AddAllowedEmailDomainMutationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [remove, removeState] = useMutation(RemoveAllowedEmailDomainMutationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [domain, setDomain] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('KOMMUNE');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const domains = data?.allowedEmailDomains ?? [];

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const value = domain.trim().toLowerCase().replace(/^@/, '');
    if (!DOMAIN_PATTERN.test(value)) {
      setErrors({ domain: t('domains.domainInvalid') });
      document.getElementById('domain-new')?.focus();
      return;
    }
    setErrors({});
    try {
      await add({ variables: { domain: value, kind } });
      setDomain('');
      setStatus(t('domains.added', { domain: value }));
    } catch (e) {
      const fields = apiFieldErrors(e);
      setErrors(fields);
      if (fields.domain) document.getElementById('domain-new')?.focus();
    }
  }

  async function onRemove(value: string, kindOf: OrganisationKind) {
    setStatus(null);
    try {
      await remove({ variables: { domain: value, kind: kindOf } });
      setStatus(t('domains.removed', { domain: value }));
      document.getElementById(`domains-${kindOf}`)?.focus();
    } catch {
      // shown by ApiErrorAlert
    }
  }

  const addError = addState.error && !errors.domain && !errors.kind ? addState.error : null;
  return (
    <div className="app-stack">
      <PageHeading title={t('domains.title')} />
      <p className="kern-body">{t('domains.intro')}</p>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={error ?? removeState.error ?? addError} />
      <section aria-labelledby="domain-add-heading" className="app-stack-sm">
        <h2 className="kern-heading-medium" id="domain-add-heading">
          {t('domains.addTitle')}
        </h2>
        <form
          className="app-filter-bar"
          noValidate
          onSubmit={(e) => void onAdd(e)}
          aria-labelledby="domain-add-heading"
        >
          <TextField
            id="domain-new"
            label={t('domains.domain')}
            hint={t('domains.domainHint')}
            required
            autoComplete="off"
            spellCheck={false}
            value={domain}
            error={errors.domain}
            onChange={(e) => setDomain(e.target.value)}
          />
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="domain-kind">
              {t('domains.kind')}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id="domain-kind"
                className="kern-form-input__select"
                value={kind}
                onChange={(e) => setKind(e.target.value as OrganisationKind)}
              >
                {ORGANISATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`orgKind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={addState.loading}>
            <span className="kern-label">{t('domains.add')}</span>
          </button>
        </form>
      </section>
      {loading && !data ? <Loading /> : null}
      {data
        ? ORGANISATION_KINDS.map((k) => {
            const list = domains.filter((d) => d.organisationKind === k);
            return (
              <section key={k} aria-labelledby={`domains-${k}`} className="app-stack-sm">
                <h2 className="kern-heading-small" id={`domains-${k}`} tabIndex={-1}>
                  {t(`orgKind.${k}`)} ({t('domains.count', { count: list.length })})
                </h2>
                {list.length === 0 ? <p className="kern-body">{t('domains.none')}</p> : null}
                {list.length > 0 ? (
                  <ul className="app-admin-list">
                    {list.map((d) => (
                      <li key={d.id}>
                        <span className="app-admin-list__main">
                          <strong>{d.domain}</strong>{' '}
                          <span className="kern-body kern-body--small">
                            ({t('domains.since', { date: formatDate(d.createdAt, i18n.language) })})
                          </span>
                        </span>
                        <button
                          type="button"
                          className="kern-btn kern-btn--secondary kern-btn--x-small"
                          aria-label={t('domains.removeLabel', { domain: d.domain })}
                          disabled={removeState.loading}
                          onClick={() => void onRemove(d.domain, d.organisationKind)}
                        >
                          <span className="kern-label">{t('domains.remove')}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            );
          })
        : null}
    </div>
  );
}
