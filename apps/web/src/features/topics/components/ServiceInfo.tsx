import { useTranslation } from 'react-i18next';
import type { TopicQuery } from '@/gql/graphql';
import { Icon } from '@/shared/components/Icon';

type TopicInfo = NonNullable<TopicQuery['topic']>;

/** The EfA service behind a topic: lead Land, OZG-ID, LeiKa key, status and link. */
export function ServiceInfo({ topic }: { topic: TopicInfo }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [];
  if (topic.ozgId) rows.push([t('topics.ozgId'), topic.ozgId]);
  if (topic.leikaKey) rows.push([t('topics.leikaKey'), topic.leikaKey]);
  if (topic.serviceStatus) rows.push([t('topics.status'), topic.serviceStatus]);
  if (rows.length === 0 && !topic.link) return null;
  return (
    <section className="kern-card app-service-info" aria-labelledby="service-info-title">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h2 className="kern-title" id="service-info-title">
            {t('topics.serviceInfo')}
          </h2>
        </div>
        <div className="kern-card__body">
          {rows.length > 0 ? (
            <dl className="kern-description-list">
              {rows.map(([key, value]) => (
                <div className="kern-description-list-item" key={key}>
                  <dt className="kern-description-list-item__key">{key}</dt>
                  <dd className="kern-description-list-item__value">{value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {topic.link ? (
            <p>
              <a className="kern-link" href={topic.link} target="_blank" rel="noopener noreferrer">
                {t('topics.link')}
                <span className="kern-sr-only"> {t('common.externalLink')}</span>
                <Icon name="open-in-new" size="small" />
              </a>
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
