import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { formatDate, formatDateTime } from '@/shared/lib/format-date';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '../graphql/reports.graphql';
import {
  csvHref,
  isPeriodValid,
  periodFromParams,
  periodToApi,
  periodToParams,
  type Period,
} from '../lib/period';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { KeyFigures } from './KeyFigures';
import { LandBarChart } from './LandBarChart';
import { PeriodChooser } from './PeriodChooser';
import { ServiceTable } from './ServiceTable';
import { TagTable } from './TagTable';
import './report.css';
import { Icon } from '@/shared/components/Icon';

const PRINT_PAGE = '@page { size: A4 landscape; margin: 10mm; }';

function periodText(period: Period, t: TFunction<'report'>, lng: string): string {
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, lng);
  if (period.von && period.bis) return t('periodRange', { from: day(period.von), to: day(period.bis) });
  if (period.von) return t('periodSince', { from: day(period.von) });
  if (period.bis) return t('periodUntil', { to: day(period.bis) });
  return t('periodAll');
}

/** "Umsetzungsstand": the Kommunalpakt report for the AL-Runde, period in the URL, printable on one A4 sheet. */
export function ReportPage() {
  const { t, i18n, ready } = useNamespace('reports');
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const valid = isPeriodValid(period);
  const { data, loading, error } = useQuery(KommunalpaktReportQueryDocument, {
    variables: periodToApi(period),
    skip: !valid,
  });
  const kommunen = useQuery(ParticipatingKommunenCountQueryDocument);
  if (!ready) return <Loading />;
  const report = data?.kommunalpaktReport;
  const lng = i18n.language;

  return (
    <div className="app-stack app-report">
      {/* Only while the report is shown: print it on one A4 landscape sheet. */}
      <style>{PRINT_PAGE}</style>
      <PageHeading title={t('title')} />
      <p className="kern-body app-no-print">{t('intro')}</p>
      <PeriodChooser
        key={`${period.von ?? ''}|${period.bis ?? ''}`}
        period={period}
        onChange={(next) => setParams(periodToParams(next, params))}
      />
      <p className="kern-body app-report__period">
        <strong>{periodText(period, t, lng)}</strong>
        {report ? <> · {t('generatedAt', { date: formatDateTime(report.generatedAt, lng) })}</> : null}
      </p>
      <div className="app-report__actions app-no-print">
        <a className="kern-btn kern-btn--secondary" href={csvHref(period)} download>
          <Icon name="download" size="small" />
          <span className="kern-label">{t('csv')}</span>
        </a>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => window.print()}>
          <span className="kern-label">{t('print')}</span>
        </button>
        <Link className="kern-btn kern-btn--tertiary" to="/praesentation">
          <span className="kern-label">{t('presenterLink')}</span>
        </Link>
      </div>
      <ApiErrorAlert error={error} />
      {loading && !report ? <Loading /> : null}
      {report ? (
        <>
          <section aria-labelledby="figures-title" className="app-report__figures">
            <h2 id="figures-title" className="kern-heading-medium">
              {t('figures.title')}
            </h2>
            <KeyFigures
              services={report.services}
              kommunen={kommunen.data ? kommunen.data.participatingKommunen.length : null}
            />
            <p className="kern-body kern-body--small app-report__note" id="answered-explained">
              {t('answeredExplained')}
            </p>
          </section>
          <div className="app-report__grid">
            <section aria-labelledby="chart-title" className="app-report__chart">
              <h2 id="chart-title" className="kern-heading-medium">
                {t('chart.title')}
              </h2>
              <LandBarChart rows={report.laender} />
            </section>
            <section aria-labelledby="services-title" className="app-report__services">
              <h2 id="services-title" className="kern-heading-medium">
                {t('services.title')}
              </h2>
              <ServiceTable rows={report.services} />
            </section>
          </div>
          <section aria-labelledby="tags-title" className="app-report__tags">
            <h2 id="tags-title" className="kern-heading-medium">
              {t('tags.title')}
            </h2>
            <TagTable rows={report.tags} />
          </section>
        </>
      ) : null}
    </div>
  );
}
