import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import type { OrganisationPageQuery } from '@/gql/graphql';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { formatHours, formatInteger, formatShare } from '@/shared/lib/format-number';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { LandReportRowQueryDocument, OrganisationQueryDocument } from '../graphql/organisations.graphql';
import './organisations.css';

type Organisation = NonNullable<OrganisationPageQuery['organisation']>;

function Facts({ items }: { items: Array<{ key: string; label: string; value: ReactNode }> }) {
  return (
    <dl className="app-org-facts">
      {items.map((item) => (
        <div key={item.key} className="app-org-fact">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ActivitySection({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation('organisations');
  if (!org.activity) return null;
  const a = org.activity;
  const items = [
    { key: 'members', label: t('activity.members'), value: formatInteger(a.members, i18n.language) },
    { key: 'questions', label: t('activity.questions'), value: formatInteger(a.questions, i18n.language) },
    { key: 'posts', label: t('activity.posts'), value: formatInteger(a.posts, i18n.language) },
  ];
  if (org.kind === 'LAND') {
    items.push({
      key: 'officialAnswers',
      label: t('activity.officialAnswers'),
      value: formatInteger(a.officialAnswers, i18n.language),
    });
  }
  return (
    <section aria-labelledby="org-activity" className="app-stack-sm">
      <h2 id="org-activity" className="kern-heading-medium">
        {t('activity.title')}
      </h2>
      <Facts items={items} />
    </section>
  );
}

function LandStatistics({ landId }: { landId: string }) {
  const { t, i18n } = useTranslation('organisations');
  const lng = i18n.language;
  const { data } = useQuery(LandReportRowQueryDocument);
  const row = data?.kommunalpaktReport.laender.find((r) => r.land.id === landId);
  if (!row) return null;
  return (
    <section aria-labelledby="org-stats" className="app-stack-sm">
      <h2 id="org-stats" className="kern-heading-medium">
        {t('stats.title')}
      </h2>
      <p className="kern-body kern-body--small kern-body--muted">{t('stats.hint')}</p>
      <Facts
        items={[
          { key: 'led', label: t('stats.ledServices'), value: formatInteger(row.ledServices, lng) },
          { key: 'questions', label: t('stats.questions'), value: formatInteger(row.questions, lng) },
          { key: 'answered', label: t('stats.answered'), value: formatInteger(row.answered, lng) },
          { key: 'share', label: t('stats.answeredShare'), value: formatShare(row.answeredShare, lng) },
          {
            key: 'median',
            label: t('stats.median'),
            value: formatHours(row.medianHoursToFirstLandAnswer, lng),
          },
          { key: 'given', label: t('stats.answersGiven'), value: formatInteger(row.answersGiven, lng) },
        ]}
      />
    </section>
  );
}

function LandDetails({ org }: { org: Organisation }) {
  const { t } = useTranslation('organisations');
  return (
    <>
      <section aria-labelledby="org-topics" className="app-stack-sm">
        <h2 id="org-topics" className="kern-heading-medium">
          {t('ledTopics.title')}
        </h2>
        {org.ledTopics.length === 0 ? (
          <p className="kern-body">{t('ledTopics.empty')}</p>
        ) : (
          <ul className="kern-list app-org-list">
            {org.ledTopics.map((topic) => (
              <li key={topic.id}>
                <Link className="kern-link" to={`/themen/${encodeURIComponent(topic.id)}`}>
                  {topic.title}
                </Link>{' '}
                <span className="kern-body--muted">({topic.board.title})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <LandStatistics landId={org.id} />
      <section aria-labelledby="org-kommunen" className="app-stack-sm">
        <h2 id="org-kommunen" className="kern-heading-medium">
          {t('kommunen.title')}
        </h2>
        {org.kommunen.length === 0 ? (
          <p className="kern-body">{t('kommunen.empty')}</p>
        ) : (
          <ul className="kern-list app-org-list">
            {org.kommunen.map((k) => (
              <li key={k.id}>
                <Link className="kern-link" to={`/organisationen/${encodeURIComponent(k.id)}`}>
                  {k.name}
                </Link>
                {k.code ? <span className="kern-body--muted"> ({k.code})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** An organisation's page: a Kommune with its AGS and Land, a Land with its services, figures and Kommunen. */
export function OrganisationPage() {
  const { t, ready } = useNamespace('organisations');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(OrganisationQueryDocument, { variables: { id } });
  if (!ready || (loading && !data)) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const org = data?.organisation;
  if (!org) {
    return (
      <div className="app-stack">
        <PageHeading title={t('notFound')} />
      </div>
    );
  }
  const facts = [{ key: 'kind', label: t('kind'), value: tc(`orgKind.${org.kind}`) }];
  if (org.kind === 'KOMMUNE') {
    if (org.code) facts.push({ key: 'ags', label: t('ags'), value: org.code });
  } else if (org.kind === 'LAND' && org.code) {
    facts.push({ key: 'code', label: t('code'), value: org.code });
  }
  return (
    <div className="app-stack">
      {org.kind === 'KOMMUNE' || org.kind === 'LAND' ? (
        <Breadcrumbs
          items={[
            org.kind === 'KOMMUNE'
              ? { label: tc('nav.kommunen'), to: '/kommunen' }
              : { label: tc('nav.report'), to: '/umsetzungsstand' },
            ...(org.land
              ? [{ label: org.land.name, to: `/organisationen/${encodeURIComponent(org.land.id)}` }]
              : []),
            { label: org.name },
          ]}
        />
      ) : null}
      <PageHeading title={org.name} />
      <Facts
        items={[
          ...facts,
          ...(org.land
            ? [
                {
                  key: 'land',
                  label: t('land'),
                  value: (
                    <Link className="kern-link" to={`/organisationen/${encodeURIComponent(org.land.id)}`}>
                      {org.land.name}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ActivitySection org={org} />
      {org.kind === 'LAND' ? <LandDetails org={org} /> : null}
    </div>
  );
}
