/**
 * A polite live region. No aria-busy on it or its parents: some screen readers hold back
 * announcements inside a busy region, which would swallow this very message.
 */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="usa-prose" role="status" aria-live="polite">
      {label}
    </p>
  );
}
