import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KommunalpaktReportQuery } from '@/gql/graphql';
import { formatHours, formatInteger, formatShare } from '@/shared/lib/format-number';

export type LandRow = KommunalpaktReportQuery['kommunalpaktReport']['laender'][number];

/** Länder that lead a service or had questions, the busiest first. */
export function chartRows(rows: readonly LandRow[]): LandRow[] {
  return rows
    .filter((r) => r.questions > 0 || r.ledServices > 0)
    .sort((a, b) => b.questions - a.questions || a.land.name.localeCompare(b.land.name, 'de'));
}

/**
 * Answered vs. open questions per lead Land as a bar chart of HTML boxes, so that it reflows on a phone (the
 * label moves above its bar) and takes the theme's colours. The chart is one image whose accessible name
 * states every bar; the same numbers are available as a table behind a toggle.
 */
export function LandBarChart({ rows }: { rows: readonly LandRow[] }) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const data = chartRows(rows);
  if (data.length === 0) return <p className="kern-body">{t('chart.empty')}</p>;

  const max = Math.max(...data.map((r) => r.questions), 1);
  const summary = data
    .map((r) =>
      t('chart.item', {
        land: r.land.name,
        answered: formatInteger(r.answered, lng),
        open: formatInteger(r.questions - r.answered, lng),
      }),
    )
    .join('; ');
  const percent = (n: number) => `${(n / max) * 100}%`;

  return (
    <div className="app-stack-sm app-land-chart">
      <ul className="app-chart-legend" aria-label={t('chart.legend')}>
        <li>
          <span className="app-chart-swatch app-chart-swatch--answered" aria-hidden="true" />
          {t('chart.answered')}
        </li>
        <li>
          <span className="app-chart-swatch app-chart-swatch--open" aria-hidden="true" />
          {t('chart.open')}
        </li>
      </ul>
      <div className="app-land-chart__bars" role="img" aria-label={t('chart.label', { summary })}>
        {data.map((r) => (
          <div className="app-land-chart__row" key={r.land.id}>
            <span className="app-land-chart__label">{r.land.name}</span>
            <span className="app-land-chart__track">
              <span className="app-land-chart__answered" style={{ width: percent(r.answered) }} />
              <span className="app-land-chart__open" style={{ width: percent(r.questions - r.answered) }} />
            </span>
            <span className="app-land-chart__value">
              {`${formatInteger(r.answered, lng)} / ${formatInteger(r.questions, lng)}`}
            </span>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small app-no-print"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        <span className="kern-label">{showTable ? t('chart.hideTable') : t('chart.showTable')}</span>
      </button>
      <div id={tableId} hidden={!showTable} className="kern-table-responsive">
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">{t('chart.tableCaption')}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('chart.land')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.ledServices')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.questions')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.answered')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.open')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.answeredShare')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.median')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('chart.answersGiven')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.map((r) => (
              <tr className="kern-table__row" key={r.land.id}>
                <th scope="row" className="kern-table__cell">
                  {r.land.name}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatInteger(r.ledServices, lng)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatInteger(r.questions, lng)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatInteger(r.answered, lng)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatInteger(r.questions - r.answered, lng)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatShare(r.answeredShare, lng)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatHours(r.medianHoursToFirstLandAnswer, lng)}
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatInteger(r.answersGiven, lng)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
