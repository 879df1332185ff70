import type { ClockStatus } from '@cps/domain';
import { useEffect, useRef, useState } from 'react';
import { clockStatusText } from './clock-text';

export type WatchedClock = { id: string; name: string; status: ClockStatus };

/**
 * One polite live region for a page of clocks. It speaks only when a clock turns overdue while
 * the page is open, never at each minute's countdown (a recorded notification is announced by
 * the form that recorded it).
 */
export function ClockAnnouncer({ clocks }: { clocks: readonly WatchedClock[] }) {
  const seen = useRef<Map<string, ClockStatus> | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const previous = seen.current;
    const changed = previous
      ? clocks.filter((c) => c.status === 'OVERDUE' && previous.has(c.id) && previous.get(c.id) !== c.status)
      : [];
    seen.current = new Map(clocks.map((c) => [c.id, c.status]));
    if (changed.length > 0)
      setMessage(changed.map((c) => `${c.name}: ${clockStatusText(c.status).toLowerCase()}.`).join(' '));
  }, [clocks]);

  return (
    <p className="usa-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
