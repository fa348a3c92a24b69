import type { ReactNode } from 'react';

export type BadgeVariant = 'info' | 'success' | 'warning' | 'danger';

export function Badge({
  variant,
  children,
  icon,
}: {
  variant: BadgeVariant;
  children: ReactNode;
  icon?: string;
}) {
  return (
    <span className={`kern-badge kern-badge--${variant}`}>
      {icon ? <span className={`kern-icon kern-icon--${icon} kern-icon--small`} aria-hidden="true" /> : null}
      <span className="kern-label kern-label--small">{children}</span>
    </span>
  );
}
