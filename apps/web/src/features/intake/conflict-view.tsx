import { type FormEvent, useEffect, useRef, useState } from 'react';
import { formatChicago } from '../../ui/chicago-time';
import { type Choice, type ConflictField, defaultChoice } from './conflict-fields';
import type { SaveState } from './draft-saver';
import { useIntake } from './intake-context';
import type { IntakeValues } from './intake-form.schema';

type ConflictState = Extract<SaveState, { kind: 'conflict' }>;

const radioId = (field: ConflictField, choice: Choice) =>
  `conflict-${field.id.replace(/[^A-Za-z0-9_-]+/g, '-')}-${choice}`;

/**
 * The saved copy and the worker's side by side, field by field, each with "Keep mine" or "Keep
 * saved" (preselected when only one side changed it); applying saves the result on the saved
 * version. Keyboard only: the focus moves to the heading when the view opens.
 */
export function ConflictView({ state, reset }: { state: ConflictState; reset: (values: IntakeValues) => void }) {
  const { saver } = useIntake();
  const { server, fields, sameUser } = state;
  const [choices, setChoices] = useState<Record<string, Choice | undefined>>(() =>
    Object.fromEntries(fields.map((f) => [f.id, defaultChoice(f)])),
  );
  const [missing, setMissing] = useState<ConflictField[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const who = server.updatedBy?.name;
  const title = sameUser
    ? 'This report was saved in another window'
    : `${who ?? 'Someone else'} saved this report while you were working`;
  const when = server.updatedAt ? `, ${formatChicago(server.updatedAt)}` : '';

  function apply(event: FormEvent) {
    event.preventDefault();
    const open = fields.filter((f) => !choices[f.id]);
    setMissing(open);
    const [first] = open;
    if (first) {
      document.getElementById(radioId(first, 'mine'))?.focus();
      return;
    }
    saver.resolve(choices as Record<string, Choice>, reset);
  }

  return (
    <section
      className="usa-alert usa-alert--warning margin-bottom-3 intake-conflict"
      aria-labelledby="conflict-heading"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="conflict-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <p className="usa-alert__text">
          {sameUser ? 'You saved it in another window or tab' : 'The saved copy was changed elsewhere'} (version{' '}
          {server.version}
          {when}).{' '}
          {fields.length === 0
            ? 'No field differs from yours.'
            : 'For each field below, keep yours or the saved one, then apply your choices.'}{' '}
          Nothing is saved until you choose.
        </p>
        <form onSubmit={apply} noValidate aria-label="Choose which version of each field to keep">
          {missing.length > 0 && (
            <div className="usa-alert usa-alert--error usa-alert--slim margin-y-2" role="alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">Choose which to keep for: {missing.map((f) => f.label).join('; ')}.</p>
              </div>
            </div>
          )}
          {fields.length > 0 && (
            <table className="usa-table usa-table--stacked usa-table--borderless width-full">
              <caption className="usa-sr-only">The saved copy and yours, field by field</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Saved copy</th>
                  <th scope="col">Your copy</th>
                  <th scope="col">Keep</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f.id} data-testid={`conflict-${f.id}`}>
                    <th scope="row" data-label="Field">
                      {f.label}
                    </th>
                    <td data-label="Saved copy" className="intake-conflict__value">
                      {f.saved}
                    </td>
                    <td data-label="Your copy" className="intake-conflict__value">
                      {f.mine}
                    </td>
                    <td data-label="Keep">
                      <fieldset className="usa-fieldset">
                        <legend className="usa-sr-only">Keep for {f.label}</legend>
                        {(['mine', 'saved'] as const).map((choice) => (
                          <div className="usa-radio" key={choice}>
                            <input
                              className="usa-radio__input"
                              type="radio"
                              id={radioId(f, choice)}
                              name={`conflict-${f.id}`}
                              checked={choices[f.id] === choice}
                              onChange={() => setChoices((c) => ({ ...c, [f.id]: choice }))}
                            />
                            <label className="usa-radio__label" htmlFor={radioId(f, choice)}>
                              {choice === 'mine' ? 'Keep mine' : 'Keep saved'}
                            </label>
                          </div>
                        ))}
                      </fieldset>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ul className="usa-button-group margin-top-2">
            <li className="usa-button-group__item">
              <button type="submit" className="usa-button">
                {fields.length === 0 ? 'Save mine on the new version' : 'Apply my choices'}
              </button>
            </li>
            {fields.length > 0 && (
              <>
                <li className="usa-button-group__item">
                  <button type="button" className="usa-button usa-button--outline" onClick={() => saver.keepMine()}>
                    Keep all mine
                  </button>
                </li>
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button usa-button--outline"
                    onClick={() => saver.takeTheirs(reset)}
                  >
                    Keep all saved
                  </button>
                </li>
              </>
            )}
          </ul>
        </form>
      </div>
    </section>
  );
}
