import type { ReactNode } from 'react';

/** A section's h2; tabIndex -1 so the section nav can move focus to it. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 className="intake-section__heading" id={`section-${id}-heading`} tabIndex={-1}>
      {children}
    </h2>
  );
}
