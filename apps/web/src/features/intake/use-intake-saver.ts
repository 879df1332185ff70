import type { AccessReport, Draft } from '@cps/domain';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ApiIssue } from '../../api/http';
import { createDraftSaver, type DraftSaver } from './draft-saver';
import type { IntakeTimings } from './intake-context';
import type { IntakeValues } from './intake-form.schema';
import type { LocalCopy } from './local-copy';
import { registerOpenDraft } from './open-drafts';

type Hooks = {
  prepare: (draft: Draft) => Draft;
  onCreated: (report: AccessReport) => void;
  onSaved: (report: AccessReport) => void;
  onRead: (report: AccessReport) => void;
  onRefused: (issues: ApiIssue[]) => void;
  /** Every change of a named field, typed or set (a reset has no name and is not a change). */
  onFieldChange: (name: string) => void;
};

/**
 * One saver per mounted form, fed by react-hook-form's watch (no re-render per keystroke).
 * Callbacks go through a ref so the saver, made once, always calls the latest ones.
 */
export function useIntakeSaver(
  methods: UseFormReturn<IntakeValues, unknown, Draft>,
  start: {
    userId: string;
    countyCode: string;
    reportId: string | null;
    version: number | null;
    baseValues?: IntakeValues | null;
    pendingCreate?: LocalCopy['create'];
  },
  timings: IntakeTimings,
  hooks: Hooks,
): DraftSaver {
  const latest = useRef(hooks);
  latest.current = hooks;
  const [saver] = useState(() =>
    createDraftSaver({
      ...start,
      timings,
      getValues: () => methods.getValues(),
      prepare: (draft) => latest.current.prepare(draft),
      onCreated: (report) => latest.current.onCreated(report),
      onSaved: (report) => latest.current.onSaved(report),
      onRead: (report) => latest.current.onRead(report),
      onRefused: (issues) => latest.current.onRefused(issues),
    }),
  );

  useEffect(() => {
    saver.start();
    const unregister = registerOpenDraft({ userId: start.userId, saver, getValues: () => methods.getValues() });
    const subscription = methods.watch((_values, { name }) => {
      if (!name) return;
      latest.current.onFieldChange(name);
      saver.changed();
    });
    const online = () => saver.retryNow();
    window.addEventListener('online', online);
    return () => {
      unregister();
      subscription.unsubscribe();
      window.removeEventListener('online', online);
      saver.stop();
    };
  }, [methods, saver, start.userId]);

  return saver;
}
