import { useQuery } from '@apollo/client/react';
import type { ActivityPayload } from '@forum/shared';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { LiveAnnouncement } from '@/shared/components/LiveAnnouncement';
import { Loading } from '@/shared/components/Loading';
import { useAnnouncer } from '@/shared/hooks/use-announcer';
import { KeyFigures } from '@/features/reports/components/KeyFigures';
import { AdoptionMap } from '@/features/adoptions/components/AdoptionMap';
import { AdoptionMapQueryDocument } from '@/features/adoptions/graphql/adoptions.graphql';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '@/features/reports/graphql/reports.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ActivityTodayQueryDocument } from '../graphql/activity.graphql';
import { visibleActivity } from '../lib/activity-stream';
import { useActivityStream } from '../hooks/use-activity-stream';
import { useNow } from '../hooks/use-now';
import { ActivityStream } from './ActivityStream';
import { PresenterLandChart } from './PresenterLandChart';
import { ServiceProgressList } from './ServiceProgressList';
import { TodayCounters } from './TodayCounters';
import './presenter.css';
import { useRealtime } from '@/features/realtime/hooks/use-realtime';

const REFRESH_MS = 30_000;
/** Several events in a burst (the demo scenario) refresh the figures once. */
const REFETCH_DEBOUNCE_MS = 800;

/**
 * Projector view for the AL-Runde (1920×1080, readable from the back of the room): today's counters,
 * the live activity (public and positive by default, moderation behind a switch), the key figures, the
 * per-Land bar chart and the per-service progress, all refreshed as events arrive.
 */
export function PresenterPage() {
  const { t, i18n, ready } = useNamespace('activity');
  // The key figures, the chart and the service list are the report's (features/reports).
  const reports = useNamespace('reports');
  const { status } = useRealtime();
  const [announcement, announce] = useAnnouncer();
  const [fullscreen, setFullscreen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  // The Länder panel shows the questions per lead Land, or (on the presenter's click) the adoption map.
  const [landView, setLandView] = useState<'questions' | 'adoption'>('questions');
  const adoptions = useNamespace('adoptions');
  const now = useNow(15_000);
  const report = useQuery(KommunalpaktReportQueryDocument, {
    variables: {},
    pollInterval: REFRESH_MS,
    fetchPolicy: 'cache-and-network',
  });
  const kommunen = useQuery(ParticipatingKommunenCountQueryDocument, { pollInterval: REFRESH_MS });
  const today = useQuery(ActivityTodayQueryDocument, {
    pollInterval: REFRESH_MS,
    fetchPolicy: 'cache-and-network',
  });
  const adoptionMap = useQuery(AdoptionMapQueryDocument, {
    skip: landView !== 'adoption',
    pollInterval: REFRESH_MS,
    fetchPolicy: 'cache-and-network',
  });
  const refetchTimer = useRef<number | undefined>(undefined);
  const refreshFigures = (withKommunen: boolean) => {
    window.clearTimeout(refetchTimer.current);
    refetchTimer.current = window.setTimeout(() => {
      void report.refetch().catch(() => undefined);
      void today.refetch().catch(() => undefined);
      if (withKommunen) void kommunen.refetch().catch(() => undefined);
    }, REFETCH_DEBOUNCE_MS);
  };
  useEffect(() => () => window.clearTimeout(refetchTimer.current), []);
  const items = useActivityStream((event: ActivityPayload) => {
    if (showAll || visibleActivity([{ ...event, seq: 0 }], false).length > 0) {
      const text = event.thread?.title ?? event.actor?.organisation ?? '';
      announce(t('announce', { kind: t(`kind.${event.kind}`), text }));
    }
    refreshFigures(event.kind === 'KOMMUNE_JOINED' || event.kind === 'ACCOUNT_APPROVED');
  });

  useEffect(() => {
    document.title = `${t('title')} – ${t('app.titleSuffix', { ns: 'translation' })}`;
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [t]);

  if (!ready || !reports.ready || !adoptions.ready) return <Loading />;

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(now);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(now);
  const data = report.data?.kommunalpaktReport;

  return (
    <div className="app-presenter">
      <main id="main-content" className="app-presenter__main" tabIndex={-1}>
        <header className="app-presenter__bar">
          <div className="app-presenter__brand">
            <p className="app-presenter__org">
              <Icon name="forum" size="large" />
              {t('brand')}
            </p>
            <h1 className="app-presenter__title">{t('title')}</h1>
          </div>
          <div className="app-presenter__when">
            <p className="app-presenter__date">
              <time dateTime={now.toISOString()}>
                {date} · {time}
              </time>
            </p>
            <p className={`app-presenter__status app-presenter__status--${status}`}>
              <span className="app-presenter__status-dot" aria-hidden="true" />
              {t(`status.${status}`)}
            </p>
          </div>
          <div className="app-presenter__controls">
            <div className="app-presenter__switch">
              <input
                type="checkbox"
                role="switch"
                id="presenter-show-all"
                checked={showAll}
                onChange={(e) => setShowAll(e.target.checked)}
              />
              <label htmlFor="presenter-show-all">{t('showAll')}</label>
            </div>
            <button
              type="button"
              className="app-presenter__button"
              onClick={toggleFullscreen}
              aria-pressed={fullscreen}
            >
              <Icon name={fullscreen ? 'fullscreen-exit' : 'fullscreen'} />
              {t('fullscreen')}
            </button>
            <Link className="app-presenter__back" to="/umsetzungsstand">
              <Icon name="arrow-back" />
              {t('back')}
            </Link>
          </div>
        </header>
        <div className="app-presenter__grid">
          <section aria-labelledby="presenter-stream" className="app-presenter__panel app-presenter__stream">
            <h2 id="presenter-stream">{t('streamTitle')}</h2>
            <ActivityStream items={visibleActivity(items, showAll)} now={now} />
          </section>
          <div className="app-presenter__progress">
            <section aria-labelledby="presenter-today" className="app-presenter__panel">
              <h2 id="presenter-today">{t('todayTitle')}</h2>
              <TodayCounters today={today.data?.activityToday} />
            </section>
            <section aria-labelledby="presenter-figures" className="app-presenter__panel">
              <h2 id="presenter-figures">{t('figuresTitle')}</h2>
              {data ? (
                <KeyFigures
                  services={data.services}
                  kommunen={kommunen.data ? kommunen.data.participatingKommunen.length : null}
                  variant="presenter"
                />
              ) : (
                <Loading />
              )}
            </section>
            <div className="app-presenter__charts">
              <section aria-labelledby="presenter-laender" className="app-presenter__panel">
                <div className="app-presenter__panel-head">
                  <h2 id="presenter-laender">
                    {landView === 'questions' ? t('laenderTitle') : t('adoptionTitle')}
                  </h2>
                  <div className="app-presenter__toggle" role="group" aria-label={t('landViewLabel')}>
                    {(['questions', 'adoption'] as const).map((view) => (
                      <button
                        key={view}
                        type="button"
                        className="app-presenter__button"
                        aria-pressed={landView === view}
                        onClick={() => setLandView(view)}
                      >
                        {t(`landView.${view}`)}
                      </button>
                    ))}
                  </div>
                </div>
                {landView === 'questions' ? (
                  data ? (
                    <PresenterLandChart rows={data.laender} />
                  ) : (
                    <Loading />
                  )
                ) : adoptionMap.data ? (
                  <AdoptionMap
                    laender={adoptionMap.data.adoptionMap}
                    caption={adoptions.t('map.captionAll')}
                    table={false}
                  />
                ) : (
                  <Loading />
                )}
              </section>
              <section aria-labelledby="presenter-services" className="app-presenter__panel">
                <h2 id="presenter-services">{t('servicesTitle')}</h2>
                {data ? <ServiceProgressList services={data.services} /> : <Loading />}
              </section>
            </div>
          </div>
        </div>
        <LiveAnnouncement announcement={announcement} />
      </main>
    </div>
  );
}
