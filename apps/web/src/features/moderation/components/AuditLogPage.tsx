import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { formatDateTime } from '@/shared/lib/format-date';
import { AuditActorsQueryDocument, AuditLogQueryDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import de from '@/i18n/moderation.de.json';
import '@/shared/components/admin-ui.css';

const ACTIONS = Object.keys(de.audit.actions);
const TARGET_TYPES = Object.keys(de.audit.targetTypes);
export const AUDIT_PAGE_SIZE = 30;

interface Filters {
  action: string;
  actorId: string;
  targetType: string;
}

const NO_FILTERS: Filters = { action: '', actorId: '', targetType: '' };

/**
 * Audit-Log: every moderation and administration action, newest first, filterable by action, actor and
 * object type. Each entry names its object (title, excerpt, name) with a link while it still exists.
 */
export function AuditLogPage() {
  const { t, i18n } = useNamespace('moderation');
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const actors = useQuery(AuditActorsQueryDocument);
  const { data, loading, error, connection, loadMore, loadingMore } = useConnectionList(
    AuditLogQueryDocument,
    (d) => d.auditLog,
    {
      variables: {
        first: AUDIT_PAGE_SIZE,
        action: filters.action || null,
        actorId: filters.actorId || null,
        targetType: filters.targetType || null,
      },
      fetchPolicy: 'cache-and-network',
    },
  );
  const entries = (connection?.edges ?? []).map((e) => e.node);
  const label = (group: 'actions' | 'targetTypes', key: string) =>
    i18n.exists(`audit.${group}.${key}`, { ns: 'moderation' }) ? t(`audit.${group}.${key}`) : key;

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  function resetFilters() {
    setDraft(NO_FILTERS);
    setFilters(NO_FILTERS);
  }

  return (
    <div className="app-stack">
      <PageHeading title={t('audit.title')} />
      <p className="kern-body">{t('audit.intro')}</p>
      <form className="app-filter-bar" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="audit-action">
            {t('audit.action')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="audit-action"
              className="kern-form-input__select"
              value={draft.action}
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            >
              <option value="">{t('audit.all')}</option>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {label('actions', a)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="audit-actor">
            {t('audit.actor')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="audit-actor"
              className="kern-form-input__select"
              value={draft.actorId}
              onChange={(e) => setDraft({ ...draft, actorId: e.target.value })}
            >
              <option value="">{t('audit.all')}</option>
              {(actors.data?.auditActors ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName} ({a.organisation.name})
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="audit-target-type">
            {t('audit.targetType')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="audit-target-type"
              className="kern-form-input__select"
              value={draft.targetType}
              onChange={(e) => setDraft({ ...draft, targetType: e.target.value })}
            >
              <option value="">{t('audit.all')}</option>
              {TARGET_TYPES.map((tt) => (
                <option key={tt} value={tt}>
                  {label('targetTypes', tt)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('audit.apply')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={resetFilters}>
          <span className="kern-label">{t('audit.reset')}</span>
        </button>
      </form>
      <ApiErrorAlert error={error} />
      <p className="kern-body" role="status">
        {data ? t('audit.total', { count: connection?.totalCount ?? 0 }) : null}
      </p>
      {loading && !data ? <Loading /> : null}
      {data && entries.length === 0 ? <p className="kern-body">{t('audit.none')}</p> : null}
      {entries.length > 0 ? (
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={t('audit.title')}>
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">{t('audit.title')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('audit.columnTime')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.columnActor')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.columnAction')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.columnTarget')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('audit.columnReason')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {entries.map((entry) => {
                const kind = label('targetTypes', entry.targetType);
                const name = entry.targetLabel ?? t('audit.targetGone');
                return (
                  <tr className="kern-table__row" key={entry.id}>
                    <td className="kern-table__cell">
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, i18n.language)}</time>
                    </td>
                    <td className="kern-table__cell">
                      {entry.actor ? (
                        <>
                          <Link className="kern-link" to={`/nutzer/${encodeURIComponent(entry.actor.id)}`}>
                            {entry.actor.displayName}
                          </Link>
                          <br />
                          <span className="kern-body kern-body--small">{entry.actor.organisation.name}</span>
                        </>
                      ) : (
                        t('audit.system')
                      )}
                    </td>
                    <td className="kern-table__cell">{label('actions', entry.action)}</td>
                    <td className="kern-table__cell">
                      <span className="kern-body kern-body--small">{kind}: </span>
                      {entry.targetPath ? (
                        <Link className="kern-link" to={entry.targetPath}>
                          {name}
                        </Link>
                      ) : (
                        name
                      )}
                    </td>
                    <td className="kern-table__cell">{entry.reason ?? '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {connection?.pageInfo.hasNextPage ? <LoadMoreButton loading={loadingMore} onClick={loadMore} /> : null}
    </div>
  );
}
