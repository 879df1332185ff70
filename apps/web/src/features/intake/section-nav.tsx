import type { MouseEvent } from 'react';
import { LawEnforcementClock, TribalClock } from './clock-notices';
import { useCheckSnapshot } from './intake-context';
import { SaveStatus } from './save-status';
import { type SectionId, sectionOf, sections } from './sections';

function goTo(id: SectionId) {
  return (event: MouseEvent) => {
    const heading = document.getElementById(`section-${id}-heading`);
    if (!heading) return;
    event.preventDefault();
    heading.focus();
    heading.scrollIntoView?.({ block: 'start' });
  };
}

/** The sticky column: save status and report number, the sections with what is left to fix, and the clocks. */
export function SectionNav({ reportNumber }: { reportNumber: string | null }) {
  const { messages } = useCheckSnapshot();
  const counts = new Map<SectionId, number>();
  for (const m of messages) counts.set(sectionOf(m.anchor), (counts.get(sectionOf(m.anchor)) ?? 0) + 1);
  return (
    <div className="intake-nav">
      <SaveStatus />
      {/* Given when the draft is first saved, so the worker can read it to the caller. */}
      {reportNumber && (
        <p className="margin-y-1" data-testid="report-number">
          Report <strong className="text-no-wrap">{reportNumber}</strong>
        </p>
      )}
      <nav aria-label="Sections of the report">
        <ul className="usa-sidenav">
          {sections.map((s) => {
            const count = counts.get(s.id) ?? 0;
            return (
              <li className="usa-sidenav__item" key={s.id}>
                <a href={`#section-${s.id}`} onClick={goTo(s.id)}>
                  {s.title}
                  {count > 0 && <span className="usa-tag intake-nav__count">{count} to fix</span>}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <LawEnforcementClock compact />
      <TribalClock compact />
    </div>
  );
}
