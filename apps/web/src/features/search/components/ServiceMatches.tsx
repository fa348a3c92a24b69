import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ServicesQueryDocument } from '../graphql/search.graphql';

/** EfA services found by name or everyday word ("Ummeldung" → eWA), shown above the threads. */
export function ServiceMatches({ query }: { query: string }) {
  const { t, ready } = useNamespace('search');
  const { data } = useQuery(ServicesQueryDocument, { variables: { search: query }, skip: query.length < 2 });
  const services = data?.services ?? [];
  if (!ready || services.length === 0) return null;
  return (
    <section className="app-stack-sm" aria-labelledby="service-matches-title">
      <h2 id="service-matches-title" className="kern-heading-small">
        {t('services.title', { count: services.length })}
      </h2>
      <ul className="kern-list">
        {services.map((s) => (
          <li key={s.id}>
            <Link className="kern-link" to={`/themen/${encodeURIComponent(s.id)}`}>
              {s.title}
            </Link>{' '}
            <span className="kern-body kern-body--small">
              ({s.board.title}
              {s.leadLand ? ` · ${t('services.lead', { name: s.leadLand.name })}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
