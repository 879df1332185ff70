import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConflictView } from './conflict-view';
import { useSaveState } from './intake-context';
import type { IntakeValues } from './intake-form.schema';

/** A 409 on save that needs the worker: the side-by-side view (conflict-view.tsx), or the report was submitted. */
export function ConflictPanel({ reset }: { reset: (values: IntakeValues) => void }) {
  const state = useSaveState();
  if (state.kind === 'closed' && state.server) {
    return (
      <div className="usa-alert usa-alert--warning margin-bottom-3" role="alert">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">This report was submitted</h2>
          <p className="usa-alert__text">
            It can no longer be edited here, so your last changes were not saved. They are still on this page: copy
            anything you need into a note to your supervisor.{' '}
            <Link className="usa-link" to={`/reports/${state.server.id}`}>
              Open the submitted report
            </Link>
          </p>
        </div>
      </div>
    );
  }
  if (state.kind !== 'conflict') return null;
  // A new conflict (a new saved version) starts with fresh choices.
  return <ConflictView key={state.server.version} state={state} reset={reset} />;
}

/** "We restored your changes…", then whether they are saved now; the worker may dismiss it. */
export function RestoredNotice({ notice }: { notice: string }) {
  const state = useSaveState();
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  const after = state.kind === 'saved' ? ' They are saved now.' : state.kind === 'conflict' ? '' : ' Saving them now…';
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-3" role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {notice}
          {after}{' '}
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => setShown(false)}>
            Dismiss
          </button>
        </p>
      </div>
    </div>
  );
}
