import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Icon } from '@/shared/components/Icon';
import { Loading } from '@/shared/components/Loading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { DgsVideosQueryDocument } from '../graphql/accessibility.graphql';
import { EasyLanguageContent } from './EasyLanguageContent';
import './easy-language.css';

/**
 * "Gebärdensprache" (BITV 2.0 § 4): the operator's DGS videos (DGS_VIDEO_URL or files under
 * DATA_DIR/dgs/), a clear notice while there is none, and the same content as text.
 */
export function SignLanguagePage() {
  const { t, ready } = useNamespace('accessibility');
  const { data, loading, error } = useQuery(DgsVideosQueryDocument);
  useEffect(() => {
    if (ready) document.title = `${t('signTitle')} – ${t('app.titleSuffix', { ns: 'translation' })}`;
  }, [ready, t]);
  if (!ready) return <Loading />;
  const videos = data?.dgsVideos ?? [];
  return (
    <article className="app-easy app-narrow">
      <h1 className="app-easy__title" tabIndex={-1}>
        <Icon name="sign-language" size="large" />
        {t('signTitle')}
      </h1>
      <p className="app-easy__lead">{t('signIntro')}</p>
      <section aria-labelledby="dgs-videos" className="app-stack">
        <h2 id="dgs-videos" className="app-easy__heading">
          {t('videosTitle')}
        </h2>
        <ApiErrorAlert error={error} />
        {loading && !data ? <Loading /> : null}
        {data && videos.length === 0 ? (
          <Alert variant="info" title={t('noVideoTitle')}>
            <p className="kern-body">{t('noVideo')}</p>
          </Alert>
        ) : null}
        {videos.map((video) => (
          <figure className="app-dgs-video" key={video.url}>
            <video
              controls
              preload="metadata"
              className="app-dgs-video__player"
              aria-label={t('videoLabel', { title: video.title })}
            >
              <source src={video.url} type={video.contentType ?? undefined} />
              {video.captionsUrl ? (
                <track kind="captions" src={video.captionsUrl} srcLang="de" label="Deutsch" default />
              ) : null}
              <p>
                {t('videoUnsupported')}{' '}
                <a className="kern-link" href={video.url}>
                  {t('videoDownload')}
                </a>
              </p>
            </video>
            <figcaption className="app-dgs-video__caption">{video.title}</figcaption>
          </figure>
        ))}
      </section>
      <section aria-labelledby="dgs-text" className="app-stack">
        <h2 id="dgs-text" className="app-easy__heading">
          {t('textTitle')}
        </h2>
        <EasyLanguageContent idPrefix="dgs" level={3} />
      </section>
      <p className="app-easy__other">
        <Link className="kern-link" to="/leichte-sprache">
          <Icon name="easy-language" />
          {t('otherPageSign')}
        </Link>
      </p>
    </article>
  );
}
