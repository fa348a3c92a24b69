import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="app-stack">
      <PageHeading title={t('notFound.title')} />
      <p className="kern-body">{t('notFound.text')}</p>
      <p>
        <Link className="kern-link" to="/">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
