import { useEffect, useState } from 'react';

export const MINUTE_MS = 60_000;

/**
 * The current time, renewed each minute: countdowns move visually once a minute, which is as
 * often as their words change.
 */
export function useNow(intervalMs = MINUTE_MS): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
