import { useQuery } from '@apollo/client/react';
import type { ActivityPayload } from '@forum/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveAnnouncement } from '../../../shared/components/LiveAnnouncement';
import { Loading } from '../../../shared/components/Loading';
import { useAnnouncer } from '../../../shared/lib/use-announcer';
import { useRealtime } from '../../realtime/hooks/realtime-context';
import { KeyFigures } from '../../report/components/KeyFigures';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '../../report/graphql/report.graphql';
import { useNamespace } from '../../report/hooks/use-namespace';
import { useActivityStream } from '../hooks/use-activity-stream';
import { useNow } from '../hooks/use-now';
import { ActivityStream } from './ActivityStream';
import './presenter.css';

const REFRESH_MS = 30_000;

/** Projector view for the AL-Runde: live activity and the key figures, large and high-contrast. */
export function PresenterPage() {
  const ready = useNamespace('report');
  const { t } = useTranslation('report');
  const { status } = useRealtime();
  const [announcement, announce] = useAnnouncer();
  const [fullscreen, setFullscreen] = useState(false);
  const now = useNow(15_000);
  const report = useQuery(KommunalpaktReportQueryDocument, {
    variables: {},
    pollInterval: REFRESH_MS,
    fetchPolicy: 'cache-and-network',
  });
  const kommunen = useQuery(ParticipatingKommunenCountQueryDocument, { pollInterval: REFRESH_MS });
  const items = useActivityStream((event: ActivityPayload) => {
    const text = event.thread?.title ?? event.actor?.organisation ?? '';
    announce(t('presenter.announce', { kind: t(`presenter.kind.${event.kind}`), text }));
    void report.refetch().catch(() => undefined);
    if (event.kind === 'ACCOUNT_APPROVED') void kommunen.refetch().catch(() => undefined);
  });

  useEffect(() => {
    document.title = `${t('presenter.title')} – ${t('app.titleSuffix', { ns: 'translation' })}`;
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [t]);

  if (!ready) return <Loading />;

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  return (
    <div className="app-presenter">
      <header className="app-presenter__bar">
        <Link className="app-presenter__back" to="/umsetzungsstand">
          <span aria-hidden="true">← </span>
          {t('presenter.back')}
        </Link>
        <p className={`app-presenter__status app-presenter__status--${status}`}>
          <span className="app-presenter__status-dot" aria-hidden="true" />
          {t(`presenter.status.${status}`)}
        </p>
        <button
          type="button"
          className="app-presenter__button"
          onClick={toggleFullscreen}
          aria-pressed={fullscreen}
        >
          {t('presenter.fullscreen')}
        </button>
      </header>
      <main id="main-content" className="app-presenter__main" tabIndex={-1}>
        <h1 className="app-presenter__title">{t('presenter.title')}</h1>
        <div className="app-presenter__grid">
          <section aria-labelledby="presenter-stream" className="app-presenter__stream">
            <h2 id="presenter-stream">{t('presenter.streamTitle')}</h2>
            <ActivityStream items={items} now={now} />
          </section>
          <section aria-labelledby="presenter-figures" className="app-presenter__figures">
            <h2 id="presenter-figures">{t('presenter.figuresTitle')}</h2>
            {report.data ? (
              <KeyFigures
                services={report.data.kommunalpaktReport.services}
                kommunen={kommunen.data ? kommunen.data.participatingKommunen.length : null}
                variant="presenter"
              />
            ) : (
              <Loading />
            )}
          </section>
        </div>
        <LiveAnnouncement announcement={announcement} />
      </main>
    </div>
  );
}
