import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatChicago } from '../../ui/chicago-time';
import { useIntake, useSaveState } from './intake-context';
import type { IntakeValues } from './intake-form.schema';

/** A 409 on save: what differs, and the worker's choice. Never overwrites on its own. */
export function ConflictPanel({ reset }: { reset: (values: IntakeValues) => void }) {
  const state = useSaveState();
  const { saver } = useIntake();
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
  const { server, differences } = state;
  const by = server.createdBy?.name;
  return (
    <section className="usa-alert usa-alert--warning margin-bottom-3" role="alert" aria-labelledby="conflict-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="conflict-heading">
          Someone else saved this report while you were working
        </h2>
        <p className="usa-alert__text">
          The saved copy (version {server.version}
          {server.updatedAt ? `, ${formatChicago(server.updatedAt)}` : ''}
          {by ? `, report by ${by}` : ''}) differs from yours in:
        </p>
        <ul className="usa-list">
          {differences.length === 0 && <li>No field: the two copies say the same.</li>}
          {differences.slice(0, 20).map((d) => (
            <li key={d}>{d}</li>
          ))}
          {differences.length > 20 && <li>and {differences.length - 20} more</li>}
        </ul>
        <p className="usa-alert__text">Nothing is saved until you choose.</p>
        <ul className="usa-button-group margin-top-2">
          <li className="usa-button-group__item">
            <button type="button" className="usa-button" onClick={() => saver.keepMine()}>
              Keep mine
            </button>
          </li>
          <li className="usa-button-group__item">
            <button type="button" className="usa-button usa-button--outline" onClick={() => saver.takeTheirs(reset)}>
              Use theirs
            </button>
          </li>
        </ul>
      </div>
    </section>
  );
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
