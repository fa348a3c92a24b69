import { useQuery } from '@apollo/client/react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { formatDateTime } from '@/shared/lib/format-date';
import { ServiceProfileHistoryQueryDocument } from '../graphql/service-profile.graphql';

/** Every saved version of a Steckbrief, newest first: when, who, and which fields changed. */
export function ServiceProfileHistory({ topicId }: { topicId: string }) {
  const { t, i18n, ready } = useNamespace('topics');
  const { data, loading, error } = useQuery(ServiceProfileHistoryQueryDocument, {
    variables: { id: topicId },
    fetchPolicy: 'cache-and-network',
  });
  if (!ready || (loading && !data)) return <Loading />;
  if (error) return <ApiErrorAlert error={error} />;
  const history = data?.topic?.profileHistory ?? [];
  return (
    <div className="app-stack-sm">
      <h3 className="kern-heading-small">{t('profile.historyTitle')}</h3>
      {history.length === 0 ? (
        <p className="kern-body">{t('profile.noHistory')}</p>
      ) : (
        <ol className="kern-list">
          {history.map((rev) => (
            <li key={rev.id}>
              <span className="kern-body">
                {t('profile.revision', {
                  date: formatDateTime(rev.createdAt, i18n.language),
                  name: rev.editor?.displayName ?? t('profile.unknown'),
                  fields: rev.changedFields
                    .map((f) => t(`profile.fields.${f}`, { defaultValue: f }))
                    .join(', '),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
