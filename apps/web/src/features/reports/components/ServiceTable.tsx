import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/shared/lib/format-date';
import { formatHours, formatInteger, formatShare } from '@/shared/lib/format-number';
import {
  nextSort,
  SERVICE_COLUMNS,
  sortServices,
  TEXT_COLUMNS,
  type ServiceColumn,
  type ServiceRow,
  type SortState,
} from '../lib/sort-services';
import { Icon } from '@/shared/components/Icon';
import { Sparkline } from './Sparkline';

const DEFAULT_SORT: SortState = { column: 'questions', direction: 'descending' };

/** Progress per EfA service; every column heading is a button that sorts (aria-sort on the sorted one). */
export function ServiceTable({ rows }: { rows: readonly ServiceRow[] }) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const sorted = sortServices(rows, sort);
  const columnLabel = (column: ServiceColumn) => t(`services.columns.${column}`);

  if (rows.length === 0) return <p className="kern-body">{t('services.empty')}</p>;

  return (
    <div
      className="kern-table-responsive app-report-table"
      tabIndex={0}
      role="region"
      aria-labelledby="services-caption"
    >
      <table className="kern-table kern-table--small kern-table--striped">
        <caption id="services-caption" className="app-report-table__caption">
          <span className="kern-sr-only">{t('services.caption')}. </span>
          <span className="kern-body kern-body--small kern-body--muted app-no-print">
            {t('services.sortHint')}
          </span>
          <span className="kern-sr-only" aria-live="polite">
            {t('services.sorted', {
              column: columnLabel(sort.column),
              direction: t(`services.${sort.direction}`),
            })}
          </span>
        </caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            {SERVICE_COLUMNS.map((column) => {
              const active = sort.column === column;
              const numeric = !TEXT_COLUMNS.has(column);
              return (
                <th
                  key={column}
                  scope="col"
                  className={`kern-table__header${numeric ? ' kern-table__header--numeric' : ''}`}
                  aria-sort={active ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className={`app-sort-button${active ? ' app-sort-button--active' : ''}`}
                    onClick={() => setSort((current) => nextSort(current, column))}
                  >
                    <span>{columnLabel(column)}</span>
                    <Icon
                      name={
                        active
                          ? sort.direction === 'ascending'
                            ? 'arrow-upward'
                            : 'arrow-downward'
                          : 'unfold-more'
                      }
                      size="small"
                    />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {sorted.map((row) => (
            <tr className="kern-table__row" key={row.topic.id}>
              <th scope="row" className="kern-table__cell">
                <Link className="kern-link" to={`/themen/${encodeURIComponent(row.topic.id)}`}>
                  {row.topic.title}
                </Link>
              </th>
              <td className="kern-table__cell app-report-table__land">
                {row.topic.leadLand ? (
                  <Link
                    className="kern-link"
                    to={`/organisationen/${encodeURIComponent(row.topic.leadLand.id)}`}
                  >
                    {row.topic.leadLand.name}
                  </Link>
                ) : (
                  '–'
                )}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatInteger(row.questions, lng)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatInteger(row.answered, lng)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatShare(row.answeredShare, lng)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatHours(row.medianHoursToFirstLandAnswer, lng)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatInteger(row.municipalities, lng)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {row.lastActivityAt ? (
                  <time dateTime={row.lastActivityAt}>{formatDate(row.lastActivityAt, lng)}</time>
                ) : (
                  '–'
                )}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                <Sparkline values={row.weeklyQuestions} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
