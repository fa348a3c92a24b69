import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useSearchParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { SearchFilterOptionsQueryDocument, SearchQueryDocument } from '../graphql/search.graphql';
import {
  hasFilters,
  searchStateFromParams,
  searchStateToParams,
  toApiFilter,
  toApiSort,
} from '../lib/search-params';
import { NoResults } from './NoResults';
import { ServiceMatches } from './ServiceMatches';
import { SearchForm } from './SearchForm';
import { focusFirstResult, SearchResults } from './SearchResults';
import './search.css';

/** /suche: full-text search with filters; every bit of state lives in the URL. */
export function SearchPage() {
  const { t, ready } = useNamespace('search');
  const [params, setParams] = useSearchParams();
  const state = searchStateFromParams(params);
  const query = state.q.trim();
  const options = useQuery(SearchFilterOptionsQueryDocument);
  const lookup = {
    boards: options.data?.boards ?? [],
    laender: options.data?.organisations ?? [],
    tags: options.data?.tags ?? [],
  };
  const waitingForLookup =
    Boolean(state.bereich || state.land || state.schlagwort) && !options.data && !options.error;
  const datesInvalid = Boolean(state.von && state.bis && state.von > state.bis);
  const result = useConnectionList(SearchQueryDocument, (d) => d.search, {
    variables: {
      query,
      first: LIMITS.pageSizeDefault,
      filter: toApiFilter(state, lookup),
      sort: toApiSort(state),
    },
    skip: !query || waitingForLookup || datesInvalid,
  });
  if (!ready) return <Loading />;

  const connection = query ? result.connection : undefined;
  const parsed = parseApiError(result.error);
  const focusQuery = () => document.getElementById('search-query')?.focus();

  return (
    <div className="app-stack app-search">
      <PageHeading title={query ? t('titleWithQuery', { query }) : t('title')} />
      <SearchForm
        key={params.toString()}
        initial={state}
        options={options.data}
        onSearch={(next) => setParams(searchStateToParams(next))}
        onArrowDown={focusFirstResult}
      />
      {query ? <ServiceMatches query={query} /> : null}
      <section aria-labelledby="search-results-title" className="app-stack-sm">
        <h2 id="search-results-title" className="kern-sr-only">
          {t('resultsTitle')}
        </h2>
        <p className="kern-body kern-body--bold" role="status">
          {connection && connection.totalCount > 0
            ? t('results', { count: connection.totalCount, query })
            : ''}
        </p>
        {!query ? <p className="kern-body">{t('enterQuery')}</p> : null}
        {parsed?.code === 'BAD_USER_INPUT' ? (
          <Alert variant="danger" title={t('badInput')} live="alert">
            <p className="kern-body">{parsed.message}</p>
          </Alert>
        ) : (
          <ApiErrorAlert error={result.error} />
        )}
        {result.loading && !connection ? <Loading /> : null}
        {connection && connection.totalCount === 0 ? (
          <NoResults query={query} filtered={hasFilters(state)} />
        ) : null}
        {connection && connection.edges.length > 0 ? (
          <SearchResults edges={connection.edges} onLeaveTop={focusQuery} />
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <LoadMoreButton loading={result.loadingMore} onClick={result.loadMore} />
        ) : null}
      </section>
    </div>
  );
}
