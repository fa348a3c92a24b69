import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ServiceProfileQueryDocument } from '@/features/topics/graphql/service-profile.graphql';
import { ServiceProfile } from '@/features/topics/components/ServiceProfile';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { Loading } from '@/shared/components/Loading';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { PageHeading } from '@/shared/components/PageHeading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import './service-profile-page.css';

/** /themen/:topicId/steckbrief: the Steckbrief and the FAQ of an EfA service on one printable page. */
export function ServiceProfilePage() {
  const { t, ready } = useNamespace('topics');
  const { topicId = '' } = useParams();
  const { data, loading, error } = useQuery(ServiceProfileQueryDocument, { variables: { id: topicId } });
  if (!ready || (loading && !data)) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const topic = data?.topic;
  if (!topic) return <NotFoundPage />;
  return (
    <div className="app-stack app-service-profile-page">
      <Breadcrumbs
        items={[
          { label: topic.board.title, to: `/bereiche/${encodeURIComponent(topic.board.slug)}` },
          { label: topic.title, to: `/themen/${encodeURIComponent(topic.id)}` },
          { label: t('profile.title') },
        ]}
      />
      <PageHeading title={t('profile.printTitle', { title: topic.title })} />
      <div className="app-thread-toolbar app-no-print">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
          <span className="kern-label">{t('profile.print')}</span>
        </button>
        <Link className="kern-link" to={`/themen/${encodeURIComponent(topic.id)}`}>
          {t('profile.back')}
        </Link>
      </div>
      {topic.description ? <p className="kern-body kern-body--large">{topic.description}</p> : null}
      <ServiceProfile topic={topic} printable />
      {topic.faq.length > 0 ? (
        <section aria-labelledby="print-faq-title" className="app-stack-sm">
          <h2 id="print-faq-title" className="kern-heading-medium">
            {t('profile.faqTitle')}
          </h2>
          {topic.faq.map((entry) => (
            <article key={entry.id} className="app-stack-sm">
              <h3 className="kern-heading-small">{entry.question}</h3>
              <div className="app-post-body" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
