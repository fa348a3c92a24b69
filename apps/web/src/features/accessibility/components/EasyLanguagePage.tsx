import { useEffect } from 'react';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { Loading } from '@/shared/components/Loading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { EasyLanguageContent } from './EasyLanguageContent';
import './easy-language.css';

/** "Leichte Sprache" (BITV 2.0 § 4): the forum, who it is for, how to use it, the accessibility statement. */
export function EasyLanguagePage() {
  const { t, ready } = useNamespace('accessibility');
  useEffect(() => {
    if (ready) document.title = `${t('easyTitle')} – ${t('app.titleSuffix', { ns: 'translation' })}`;
  }, [ready, t]);
  if (!ready) return <Loading />;
  const intro = t('easyIntro', { returnObjects: true }) as string[];
  return (
    <article className="app-easy app-narrow">
      <h1 className="app-easy__title" tabIndex={-1}>
        <Icon name="easy-language" size="large" />
        {t('easyTitle')}
      </h1>
      <div className="app-easy__text app-easy__intro">
        {intro.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <EasyLanguageContent idPrefix="ls" />
      <p className="app-easy__other">
        <Link className="kern-link" to="/gebaerdensprache">
          <Icon name="sign-language" />
          {t('otherPageEasy')}
        </Link>
      </p>
    </article>
  );
}
