import { type AccessReport, mustScreenIn, recordsAllegation, type User } from '@cps/domain';
import { useState, useSyncExternalStore } from 'react';
import type { DraftSaver } from '../intake/draft-saver';
import { forRules, type IntakeValues } from '../intake/intake-form.schema';
import { DiscardDialog } from './discard-dialog';
import { HandOnDialog } from './hand-on-dialog';
import type { HandoverTarget } from './handover-target';

export type HandedOver = { report: AccessReport; message: string };

type DraftHandoverProps = {
  saver: DraftSaver;
  user: User;
  /** Who holds the draft now: not offered as the colleague to hand it to. */
  holderId: string | null;
  getValues: () => IntakeValues;
  /** After a hand-on or a discard: the form stops saving and the page says what happened. */
  onHandedOver: (result: HandedOver) => void;
};

/**
 * "Hand on to a colleague" and "Discard draft" beside Submit on the intake form: what is typed is
 * saved first, then the draft goes; the saver then stops, so nothing more is written to it.
 */
export function DraftHandover({ saver, user, holderId, getValues, onHandedOver }: DraftHandoverProps) {
  useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  const [open, setOpen] = useState<'hand-on' | 'discard' | null>(null);
  const [target, setTarget] = useState<HandoverTarget | null>(null);
  const reportId = saver.reportId;
  if (!reportId) return null;

  const openDialog = (which: 'hand-on' | 'discard') => {
    const values = forRules(getValues());
    setTarget({
      id: reportId,
      holderId,
      sexTrafficking: mustScreenIn(values),
      recordsAllegation: recordsAllegation(values),
      countyCode: user.countyCode ?? '',
      version: async () => {
        if (!(await saver.flush()) || saver.version === null) {
          throw new Error('Your latest changes are not saved yet. See the save status, then try again.');
        }
        return saver.version;
      },
    });
    setOpen(which);
  };
  const done = (report: AccessReport, message: string) => {
    saver.finish();
    setOpen(null);
    onHandedOver({ report, message });
  };

  return (
    <div className="margin-top-3">
      <p className="usa-hint">
        Not yours to finish? Hand the draft to a colleague, or discard a draft opened by mistake.
      </p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" onClick={() => openDialog('hand-on')}>
            Hand on to a colleague
          </button>
        </li>
        <li className="usa-button-group__item">
          <button
            type="button"
            className="usa-button usa-button--unstyled padding-105"
            onClick={() => openDialog('discard')}
          >
            Discard draft
          </button>
        </li>
      </ul>
      {open === 'hand-on' && target && (
        <HandOnDialog
          target={target}
          kind="ASSIGNEE"
          onCancel={() => setOpen(null)}
          onDone={(report, colleague) =>
            done(report, `The draft was handed on to ${colleague.name}. It is in their My reports now.`)
          }
        />
      )}
      {open === 'discard' && target && (
        <DiscardDialog
          target={target}
          user={user}
          onCancel={() => setOpen(null)}
          onDone={(report) => done(report, 'The draft was discarded. It is kept, read-only, and never counted.')}
        />
      )}
    </div>
  );
}
