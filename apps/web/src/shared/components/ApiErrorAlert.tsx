import { useTranslation } from 'react-i18next';
import { errorMessageKey, parseApiError } from '../lib/graphql-errors';
import { Alert } from './Alert';

/** Shows a query or mutation error by its `extensions.code`, never raw server text. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const parsed = parseApiError(error);
  if (!parsed) return null;
  return (
    <Alert variant="danger" title={t('errors.title')} live="alert">
      <p className="kern-body">{t(errorMessageKey(parsed))}</p>
    </Alert>
  );
}
