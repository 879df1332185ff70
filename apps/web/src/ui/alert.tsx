import type { ReactNode } from 'react';

type AlertProps = {
  type: 'error' | 'info' | 'success' | 'warning';
  children: ReactNode;
};

/** Slim USWDS alert. Errors use role="alert" so screen readers announce them at once. */
export function Alert({ type, children }: AlertProps) {
  return (
    <div className={`usa-alert usa-alert--${type} usa-alert--slim`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">{children}</p>
      </div>
    </div>
  );
}
