import { formatDuration } from '../../ui/chicago-time';
import type { SaveState } from './draft-saver';
import { useIntake, useSaveState } from './intake-context';
import { useNow } from './use-now';

function words(state: SaveState): { main: string; detail?: string; tone: 'ok' | 'busy' | 'problem' } {
  switch (state.kind) {
    case 'new':
      return { main: 'Not saved yet', detail: 'the report is created as soon as you type', tone: 'ok' };
    case 'pending':
    case 'saving':
      return { main: 'Saving…', tone: 'busy' };
    case 'saved':
      return { main: 'Saved', tone: 'ok' };
    case 'retrying':
      return { main: 'Not saved — retrying', detail: state.message, tone: 'problem' };
    case 'blocked':
      return { main: 'Not saved', detail: state.message.replace(/^Not saved: /, ''), tone: 'problem' };
    case 'conflict':
      return {
        main: 'Not saved — the report changed elsewhere',
        detail: 'choose which version to keep',
        tone: 'problem',
      };
    case 'closed':
      return { main: 'Not saved', detail: state.message.replace(/^Not saved: /, ''), tone: 'problem' };
  }
}

/**
 * The save status line. Only the state is in the live region ("Saving…", "Saved"), so the
 * ticking "3 s ago" is seen but not announced every few seconds.
 */
export function SaveStatus() {
  const state = useSaveState();
  const { saver } = useIntake();
  const now = useNow(1000);
  const { main, detail, tone } = words(state);
  const ago = state.kind === 'saved' ? ` ${formatDuration(now - state.at)} ago` : '';
  const wait = state.kind === 'retrying' ? Math.max(0, state.nextTryAt - now) : 0;
  return (
    <div className={`intake-save-status intake-save-status--${tone}`} data-testid="save-status">
      <span role="status" aria-live="polite" className="text-bold">
        {main}
      </span>
      <span>{ago}</span>
      {detail && <span className="intake-save-status__detail">{detail}</span>}
      {state.kind === 'retrying' && (
        <span className="intake-save-status__detail">
          {wait > 0 ? `Next try in ${formatDuration(wait)}. ` : ''}
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => saver.retryNow()}>
            Retry now
          </button>
        </span>
      )}
      <span className="intake-save-status__detail">Unsaved typing is also kept on this computer.</span>
    </div>
  );
}
