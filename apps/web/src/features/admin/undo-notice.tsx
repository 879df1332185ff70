import type { HolidayEntry } from '@cps/domain';
import { useEffect, useRef, useState } from 'react';
import { formatLongDate } from './admin-format';
import { Notice } from './status-area';

export const UNDO_SECONDS = 10;

type UndoNoticeProps = { holiday: HolidayEntry; busy: boolean; onUndo: () => void; onExpire: () => void };

/**
 * "Removed … Undo" for a few seconds. It takes focus when it appears (the removed row's button
 * is gone), and its time does not run while focus is inside it, so nobody loses it mid-way.
 */
export function UndoNotice({ holiday, busy, onUndo, onExpire }: UndoNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [focusInside, setFocusInside] = useState(false);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: another removed holiday is a new notice, which takes focus again
  useEffect(() => {
    ref.current?.focus();
  }, [holiday]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another removed holiday is a new notice, whose time starts over
  useEffect(() => {
    if (focusInside || busy) return;
    const timer = setTimeout(() => onExpireRef.current(), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [focusInside, busy, holiday]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: focus events bubble up from the Undo button; the wrapper only notes whether focus is inside
    <div
      ref={ref}
      tabIndex={-1}
      onFocus={() => setFocusInside(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocusInside(false);
      }}
    >
      <Notice type="info">
        Removed {holiday.name} ({formatLongDate(holiday.date)}).{' '}
        <button type="button" className="usa-button usa-button--unstyled" onClick={onUndo} disabled={busy}>
          {busy ? 'Undoing…' : 'Undo'}
        </button>
      </Notice>
    </div>
  );
}
