import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/** Sets the document title and, after client-side navigation, moves focus to the page's h1. */
export function PageHeading({
  title,
  children,
  className,
}: {
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);
  return (
    <h1
      ref={ref}
      tabIndex={-1}
      className={`kern-heading-x-large app-page-heading${className ? ` ${className}` : ''}`}
    >
      {children ?? title}
    </h1>
  );
}
