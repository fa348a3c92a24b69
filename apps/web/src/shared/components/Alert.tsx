import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  variant: AlertVariant;
  title: string;
  children?: ReactNode;
  /** 'alert' interrupts screen readers (errors), 'status' is polite; none for static notices. */
  live?: 'alert' | 'status';
  id?: string;
}

const VARIANT_ICON: Record<AlertVariant, IconName> = {
  info: 'info',
  success: 'check-circle',
  warning: 'warning',
  danger: 'error',
};

export function Alert({ variant, title, children, live, id }: AlertProps) {
  return (
    <div className={`kern-alert kern-alert--${variant}`} role={live} id={id}>
      <div className="kern-alert__header">
        <Icon name={VARIANT_ICON[variant]} size="large" />
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
