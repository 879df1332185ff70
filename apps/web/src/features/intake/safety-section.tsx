import { indicators } from '@cps/domain';
import { useController, useFormContext } from 'react-hook-form';
import { YesNoRadios } from './fields/choice-groups';
import { GroupShell } from './fields/field-shell';
import { Checkbox } from './fields/inputs';
import type { IntakeValues } from './intake-form.schema';
import { type DirectoryEntry, useChildren } from './people-directory';
import { SectionHeading } from './section-heading';

function ChildIndicators({ child }: { child: DirectoryEntry }) {
  const { control } = useFormContext<IntakeValues>();
  const { field } = useController({ control, name: 'indicators' });
  const recorded = field.value ?? [];
  const has = (code: string) => recorded.some((i) => i.childKey === child.key && i.code === code);
  const toggle = (code: (typeof indicators)[number]['code'], on: boolean) =>
    field.onChange(
      on
        ? [...recorded, { childKey: child.key, code }]
        : recorded.filter((i) => !(i.childKey === child.key && i.code === code)),
    );
  return (
    <GroupShell
      anchor={`indicators@${child.key}`}
      legend={`Trafficking indicators for ${child.name || `person ${child.number} (name not known)`}`}
    >
      {({ firstId }) => (
        <div className="intake-choices">
          {indicators.map((indicator, i) => (
            <Checkbox
              key={indicator.code}
              id={i === 0 ? firstId : `${firstId}-${indicator.code}`}
              label={indicator.label}
              checked={has(indicator.code)}
              onChange={(e) => toggle(indicator.code, e.target.checked)}
              onBlur={field.onBlur}
            />
          ))}
        </div>
      )}
    </GroupShell>
  );
}

export function SafetySection() {
  const children = useChildren();
  return (
    <section className="intake-section" aria-labelledby="section-safety-heading" id="section-safety">
      <SectionHeading id="safety">Safety</SectionHeading>
      <YesNoRadios
        name="presentDangerThreat"
        legend="Is there a present danger threat?"
        hint="With a present danger threat the response must be the same day (PRESENT-DANGER)."
      />
      {children.length === 0 && (
        <p className="margin-top-3">Trafficking indicators are recorded per child: add the child under People.</p>
      )}
      {children.map((child) => (
        <ChildIndicators key={child.key} child={child} />
      ))}
    </section>
  );
}
