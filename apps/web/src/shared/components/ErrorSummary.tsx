import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export interface SummaryError {
  fieldId: string;
  message: string;
}

/** List of form errors at the top of a form, focused after a failed submit (GOV.UK / KERN pattern). */
export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Refocus on every failed submit, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="kern-alert kern-alert--danger app-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <div className="kern-alert__header">
        <Icon name="error" />
        <h2 className="kern-title" id="error-summary-title">
          {t('errors.summaryTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((e) => (
            <li key={e.fieldId}>
              <a className="kern-link" href={`#${e.fieldId}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
