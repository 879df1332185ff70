import type { ReactNode } from 'react';

/**
 * A polite live region that stays on the page, so screen readers announce what is put in it
 * (a region created together with its text is often not read).
 */
export function StatusArea({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="margin-y-2">
      {children}
    </div>
  );
}

/** The look of a USWDS slim alert without a role of its own: it sits in a StatusArea. */
export function Notice({ type = 'success', children }: { type?: 'success' | 'info' | 'warning'; children: ReactNode }) {
  return (
    <div className={`usa-alert usa-alert--${type} usa-alert--slim`}>
      <div className="usa-alert__body">
        <div className="usa-alert__text">{children}</div>
      </div>
    </div>
  );
}
