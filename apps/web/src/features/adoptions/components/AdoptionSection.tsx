import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { formatDate } from '@/shared/lib/format-date';
import { TopicAdoptionsQueryDocument } from '../graphql/adoptions.graphql';
import { AdoptionForm } from './AdoptionForm';
import { AdoptionMap } from './AdoptionMap';

/**
 * Who already uses the service: the Kommunen that recorded it (with a question to the person who did,
 * "Fragen Sie eine Kommune, die es schon nutzt"), the map per Land, and the viewer's own Kommune's record.
 */
export function AdoptionSection({ topicId }: { topicId: string }) {
  const { t, i18n, ready } = useNamespace('adoptions');
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(TopicAdoptionsQueryDocument, { variables: { topicId } });
  if (!ready) return null;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const topic = data?.topic;
  if (!topic) return null;
  const isKommune = viewer?.organisation.kind === 'KOMMUNE' && viewer.status === 'ACTIVE';
  const users = topic.adoptions.filter((a) => a.status === 'USES');
  const others = topic.adoptions.filter((a) => a.status !== 'USES');

  return (
    <section className="app-stack-sm" aria-labelledby="adoptions-title">
      <h2 id="adoptions-title" className="kern-heading-medium">
        {t('title')}
      </h2>
      {users.length === 0 ? <p className="kern-body">{t('noneYet')}</p> : null}
      {users.length > 0 ? (
        <>
          <h3 className="kern-heading-small">{t('askTitle')}</h3>
          <ul className="kern-list">
            {users.map((a) => (
              <li key={a.organisation.id}>
                <Link className="kern-link" to={`/organisationen/${encodeURIComponent(a.organisation.id)}`}>
                  {a.organisation.name}
                </Link>
                {a.model ? ` · ${a.model}` : ''}
                {a.since ? ` · ${t('since', { date: formatDate(a.since, i18n.language) })}` : ''}
                {a.recordedBy && a.recordedBy.status !== 'DELETED' && a.recordedBy.id !== viewer?.id ? (
                  <>
                    {' · '}
                    <Link
                      className="kern-link"
                      to={`/themen/${encodeURIComponent(topicId)}/neue-frage?an=${encodeURIComponent(a.recordedBy.displayName)}`}
                    >
                      {t('ask', { name: a.recordedBy.displayName, organisation: a.organisation.name })}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <ul className="kern-list">
          {others.map((a) => (
            <li key={a.organisation.id}>
              {a.organisation.name} <Badge variant="info">{t(`status.${a.status}`)}</Badge>
              {a.since ? ` ${t('planned', { date: formatDate(a.since, i18n.language) })}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {data.adoptionMap.length > 0 ? (
        <AdoptionMap laender={data.adoptionMap} caption={t('map.caption', { title: topic.title })} />
      ) : null}
      {isKommune ? (
        <AdoptionForm
          topicId={topicId}
          organisationName={viewer.organisation.name}
          current={topic.viewerAdoption}
          onSaved={() => void refetch()}
        />
      ) : null}
    </section>
  );
}
