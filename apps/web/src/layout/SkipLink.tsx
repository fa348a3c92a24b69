import { useTranslation } from 'react-i18next';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="app-skip-link kern-link" href="#main-content">
      {t('app.skipLink')}
    </a>
  );
}
