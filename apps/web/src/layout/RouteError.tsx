import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from '@/shared/components/NotFoundPage';

/** Error element for the route tree, e.g. when a lazy chunk fails to load after a deploy. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="kern-container app-main" role="alert">
      <h1 className="kern-heading-x-large">{t('errors.title')}</h1>
      <p className="kern-body">{t('errors.UNKNOWN')}</p>
      <p>
        <Link className="kern-link" to="/" reloadDocument>
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
