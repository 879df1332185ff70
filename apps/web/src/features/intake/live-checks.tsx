import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useIntake } from './intake-context';
import type { IntakeValues } from './intake-form.schema';

/** Re-runs the checks (debounced) as the worker types, when the API's messages change, and each minute for the clocks. */
export function LiveChecks({ recheck }: { recheck: (values: IntakeValues) => void }) {
  const { control } = useFormContext<IntakeValues>();
  const { checks, timings } = useIntake();
  const values = useWatch({ control }) as IntakeValues;
  const [tick, setTick] = useState(0);

  useEffect(() => checks.onInputsChanged(() => setTick((t) => t + 1)), [checks]);
  useEffect(() => {
    const minute = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(minute);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the trigger for new API messages and each minute's clocks
  useEffect(() => {
    const timer = setTimeout(() => recheck(values), timings.checkDelayMs);
    return () => clearTimeout(timer);
  }, [values, tick, recheck, timings.checkDelayMs]);
  return null;
}
