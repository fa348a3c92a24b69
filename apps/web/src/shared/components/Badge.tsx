import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type BadgeVariant = 'info' | 'success' | 'warning' | 'danger';

export function Badge({
  variant,
  children,
  icon,
}: {
  variant: BadgeVariant;
  children: ReactNode;
  icon?: IconName;
}) {
  return (
    <span className={`kern-badge kern-badge--${variant}`}>
      {icon ? <Icon name={icon} size="small" /> : null}
      <span className="kern-label kern-label--small">{children}</span>
    </span>
  );
}
