import { useQuery } from '@apollo/client/react';
import { OrganisationKind } from '@forum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/shared/components/FieldError';
import type { OrganisationKind as OrganisationKindType } from '@/gql/graphql';
import { OrganisationsQueryDocument } from '../graphql/register.graphql';
import { useDebouncedValue } from '@/shared/hooks/use-debounced-value';

interface OrganisationPickerProps {
  value: string;
  onChange: (organisationId: string) => void;
  /** The organisation select lost focus (the form validates a field once it was touched). */
  onBlur?: () => void;
  error?: string;
}

const KINDS = Object.values(OrganisationKind) as OrganisationKindType[];

/** Kind first, then an optional search that narrows a native select: accessible without a custom combobox. */
export function OrganisationPicker({ value, onChange, onBlur, error }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<OrganisationKindType | ''>('');
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(OrganisationsQueryDocument, {
    variables: { kind: kind || undefined, search: debouncedSearch || undefined },
    skip: !kind,
  });
  const organisations = data?.organisations ?? [];
  const errorId = error ? 'register-organisation-error' : undefined;

  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('auth.register.organisationLegend')}</legend>
      <div className="kern-fieldset__body app-stack">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="register-kind">
            {t('auth.register.kind')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="register-kind"
              className="kern-form-input__select"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as OrganisationKindType | '');
                onChange('');
              }}
            >
              <option value="">{t('auth.register.kindPlaceholder')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`orgKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {kind ? (
          <>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="register-org-search">
                {t('auth.register.search')}
                <span className="kern-label__optional"> – {t('common.optional')}</span>
              </label>
              <div className="kern-hint" id="register-org-search-hint">
                {t('auth.register.searchHint')}
              </div>
              <input
                id="register-org-search"
                className="kern-form-input__input"
                type="search"
                value={search}
                aria-describedby="register-org-search-hint register-org-count"
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
            <p className="kern-body kern-body--small" id="register-org-count" role="status">
              {loading
                ? t('auth.register.organisationLoading')
                : organisations.length === 0
                  ? t('auth.register.organisationNone')
                  : t('auth.register.organisationCount', { count: organisations.length })}
            </p>
          </>
        ) : null}
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="register-organisation">
            {t('auth.register.organisation')}
          </label>
          {error && errorId ? <FieldError id={errorId} message={error} /> : null}
          <div className="kern-form-input__select-wrapper">
            <select
              id="register-organisation"
              className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
              value={value}
              required
              disabled={!kind}
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
              onChange={(e) => onChange(e.target.value)}
              onBlur={onBlur}
            >
              <option value="">{t('auth.register.organisationPlaceholder')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.code ? `${o.name} (${o.code})` : o.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
