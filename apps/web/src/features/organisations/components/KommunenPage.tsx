import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import type { KommunenDirectoryQuery } from '@/gql/graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { SelectField } from '@/shared/components/SelectField';
import { KommunenDirectoryQueryDocument } from '../graphql/organisations.graphql';
import './organisations.css';

type Kommune = KommunenDirectoryQuery['participatingKommunen'][number];

export interface LandGroup {
  landId: string | null;
  landName: string;
  kommunen: Kommune[];
}

/** Groups Kommunen by their Land (Länder A–Z, Kommunen A–Z); `landId` narrows to one Land. */
export function groupByLand(kommunen: readonly Kommune[], noLand: string, landId?: string): LandGroup[] {
  const groups = new Map<string, LandGroup>();
  for (const k of kommunen) {
    if (landId && k.land?.id !== landId) continue;
    const key = k.land?.id ?? '';
    const group = groups.get(key) ?? {
      landId: k.land?.id ?? null,
      landName: k.land?.name ?? noLand,
      kommunen: [],
    };
    group.kommunen.push(k);
    groups.set(key, group);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'de');
  return [...groups.values()]
    .map((g) => ({ ...g, kommunen: [...g.kommunen].sort((a, b) => byName(a.name, b.name)) }))
    .sort((a, b) => byName(a.landName, b.landName));
}

/** Directory of the Kommunen taking part, grouped per Land, with a Land filter kept in the URL. */
export function KommunenPage() {
  const { t, ready } = useNamespace('organisations');
  const [params, setParams] = useSearchParams();
  const landId = params.get('land') || undefined;
  const { data, loading, error } = useQuery(KommunenDirectoryQueryDocument);
  if (!ready || (loading && !data)) return <Loading />;
  const groups = data ? groupByLand(data.participatingKommunen, t('directory.noLand'), landId) : [];
  const total = groups.reduce((sum, g) => sum + g.kommunen.length, 0);
  const laender = [...(data?.organisations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  return (
    <div className="app-stack">
      <PageHeading title={t('directory.title')} />
      <p className="kern-body">{t('directory.intro')}</p>
      <div className="app-filter-row">
        <SelectField
          id="kommunen-land"
          label={t('directory.filterLabel')}
          value={landId ?? ''}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('land', e.target.value);
            else next.delete('land');
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t('directory.all')}</option>
          {laender.map((land) => (
            <option key={land.id} value={land.id}>
              {land.name}
            </option>
          ))}
        </SelectField>
      </div>
      <ApiErrorAlert error={error} />
      <p className="kern-body kern-body--bold" role="status">
        {t('directory.count', { count: total })}
      </p>
      {groups.length === 0 ? <p className="kern-body">{t('directory.empty')}</p> : null}
      {groups.map((group) => (
        <section
          key={group.landId ?? 'none'}
          aria-labelledby={`land-${group.landId ?? 'none'}`}
          className="app-stack-sm"
        >
          <h2 id={`land-${group.landId ?? 'none'}`} className="kern-heading-medium">
            {group.landId ? (
              <Link className="kern-link" to={`/organisationen/${encodeURIComponent(group.landId)}`}>
                {group.landName}
              </Link>
            ) : (
              group.landName
            )}{' '}
            <span className="kern-body--muted app-org-count">({group.kommunen.length})</span>
          </h2>
          <ul className="kern-list app-org-list app-org-list--columns">
            {group.kommunen.map((k) => (
              <li key={k.id}>
                <Link className="kern-link" to={`/organisationen/${encodeURIComponent(k.id)}`}>
                  {k.name}
                </Link>
                {k.code ? <span className="kern-body--muted"> ({k.code})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
