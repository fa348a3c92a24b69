import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KommunalpaktReportQuery } from '@/gql/graphql';
import { formatInteger, formatShare } from '@/shared/lib/format-number';

export type TagRow = NonNullable<KommunalpaktReportQuery['kommunalpaktReport']>['tags'][number];

/**
 * The extra breakdown across services: questions per tag in the period, most asked first (the server's
 * order). Tags without questions are left out here; the CSV file lists every tag.
 */
export function TagTable({ rows }: { rows: readonly TagRow[] }) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language;
  const asked = rows.filter((row) => row.questions > 0);
  if (!asked.length) return <p className="kern-body">{t('tags.empty')}</p>;
  return (
    <>
      <div
        className="kern-table-responsive app-report-table"
        tabIndex={0}
        role="region"
        aria-labelledby="tags-caption"
      >
        <table className="kern-table kern-table--small kern-table--striped">
          <caption id="tags-caption" className="kern-sr-only">
            {t('tags.caption')}
          </caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('tags.columns.tag')}
              </th>
              {(['questions', 'answered', 'answeredShare', 'services'] as const).map((column) => (
                <th key={column} scope="col" className="kern-table__header kern-table__header--numeric">
                  {t(`tags.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {asked.map((row) => (
              <tr className="kern-table__row" key={row.tag.id}>
                <th scope="row" className="kern-table__cell">
                  <Link className="kern-link" to={`/schlagwort/${encodeURIComponent(row.tag.slug)}`}>
                    {row.tag.name}
                  </Link>
                </th>
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
                  {formatInteger(row.services, lng)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {asked.length < rows.length ? (
        <p className="kern-body kern-body--small app-report__note">{t('tags.hiddenNote')}</p>
      ) : null}
    </>
  );
}
