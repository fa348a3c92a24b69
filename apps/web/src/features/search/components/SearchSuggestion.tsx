import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { SearchSuggestionQueryDocument } from '../graphql/search.graphql';

/** After a search without results: the closest service and a spelling correction (trigram). */
export function SearchSuggestion({ query }: { query: string }) {
  const { t, ready } = useNamespace('search');
  const { data } = useQuery(SearchSuggestionQueryDocument, { variables: { query }, skip: query.length < 3 });
  const suggestion = data?.searchSuggestion;
  if (!ready || !suggestion || (!suggestion.correction && !suggestion.service)) return null;
  return (
    <ul className="kern-list">
      {suggestion.correction ? (
        <li>
          {t('suggestion.correction')}{' '}
          <Link className="kern-link" to={`/suche?q=${encodeURIComponent(suggestion.correction)}`}>
            {suggestion.correction}
          </Link>
        </li>
      ) : null}
      {suggestion.service ? (
        <li>
          {t('suggestion.service')}{' '}
          <Link className="kern-link" to={`/themen/${encodeURIComponent(suggestion.service.id)}`}>
            {suggestion.service.title}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
