import type { LandAdoptionFieldsFragment } from '@/gql/graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { adoptionLevel, LAND_TILES } from '../lib/land-grid';
import './adoption-map.css';

/**
 * Adoption per Land as a tile-grid cartogram (one tile per Land, shaded by the Kommunen that use the
 * service) with the same figures as a table: the tiles are a list readable on their own, the table is the
 * complete equivalent for screen readers and for print.
 */
export function AdoptionMap({
  laender,
  caption,
  table = true,
}: {
  laender: LandAdoptionFieldsFragment[];
  caption: string;
  /** The disclosed table; the presenter view leaves it out (each tile names its figures to screen readers). */
  table?: boolean;
}) {
  const { t, ready } = useNamespace('adoptions');
  if (!ready) return null;
  const max = Math.max(0, ...laender.map((l) => l.uses));
  const placed = laender.filter((l) => LAND_TILES[l.code]);
  return (
    <figure className="app-adoption-map">
      <figcaption className="kern-body kern-body--bold">{caption}</figcaption>
      <ul className="app-adoption-map__grid" aria-label={t('map.tilesLabel')}>
        {placed.map((l) => {
          const tile = LAND_TILES[l.code];
          return (
            <li
              key={l.landId}
              className={`app-adoption-map__tile app-adoption-map__tile--${adoptionLevel(l.uses, max)}`}
              style={{ gridRow: tile.row, gridColumn: tile.col }}
              title={l.name}
            >
              <span aria-hidden="true" className="app-adoption-map__code">
                {l.code}
              </span>
              <span aria-hidden="true" className="app-adoption-map__count">
                {l.uses}
              </span>
              <span className="kern-sr-only">
                {t('map.tile', { name: l.name, uses: l.uses, inProgress: l.inProgress, planned: l.planned })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="kern-body kern-body--small">{t('map.legend')}</p>
      {table ? (
        <details className="app-adoption-map__table">
          <summary className="kern-link">{t('map.tableToggle')}</summary>
          <table className="kern-table">
            <caption className="kern-sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('map.land')}</th>
                <th scope="col">{t('status.USES')}</th>
                <th scope="col">{t('status.IN_PROGRESS')}</th>
                <th scope="col">{t('status.PLANNED')}</th>
              </tr>
            </thead>
            <tbody>
              {laender.map((l) => (
                <tr key={l.landId}>
                  <th scope="row">{l.name}</th>
                  <td>{l.uses}</td>
                  <td>{l.inProgress}</td>
                  <td>{l.planned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
