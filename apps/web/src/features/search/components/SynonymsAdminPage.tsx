import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { SelectField } from '@/shared/components/SelectField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { SynonymServicesQueryDocument } from '../graphql/synonyms.graphql';
import { ServiceSynonymList } from './ServiceSynonymList';
import '@/shared/components/admin-ui.css';

const PARAM = 'leistung';

/**
 * /verwaltung/suchbegriffe (administrators): the everyday words under which search finds an EfA service.
 * The chosen service stays in the address (?leistung=<id>), so a link leads straight to its words.
 */
export function SynonymsAdminPage() {
  const { t, ready } = useNamespace('search');
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(SynonymServicesQueryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const boards = (data?.boards ?? [])
    .map((b) => ({ ...b, topics: b.topics.filter((topic) => topic.leadLand) }))
    .filter((b) => b.topics.length > 0);
  const selected = params.get(PARAM) ?? '';
  const known = boards.some((b) => b.topics.some((topic) => topic.id === selected));

  if (!ready || (loading && !data)) return <Loading />;
  return (
    <div className="app-stack">
      <PageHeading title={t('synonyms.title')} />
      <p className="kern-body">{t('synonyms.intro')}</p>
      <ApiErrorAlert error={error} />
      <div className="app-filter-bar">
        <SelectField
          id="synonym-service"
          label={t('synonyms.service')}
          value={known ? selected : ''}
          onChange={(e) => setParams(e.target.value ? { [PARAM]: e.target.value } : {}, { replace: true })}
        >
          <option value="">{t('synonyms.choose')}</option>
          {boards.map((b) => (
            <optgroup key={b.id} label={b.title}>
              {b.topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.archived ? t('synonyms.archived', { title: topic.title }) : topic.title}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      {known ? <ServiceSynonymList key={selected} topicId={selected} /> : null}
    </div>
  );
}
