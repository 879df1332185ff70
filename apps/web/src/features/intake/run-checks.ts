import {
  type ComputeInput,
  computeReport,
  draftIssues,
  draftSchema,
  type Holidays,
  type ReportComputed,
  type RuleActor,
  submitIssues,
} from '@cps/domain';
import type { AnchoredMessage, ServerMessage } from './check-store';
import { anchorOf } from './field-paths';
import { documentValues, forRules, type IntakeValues, pathSegments } from './intake-form.schema';
import { compareAnchors } from './sections';

export type CheckContext = {
  actor: RuleActor;
  holidays: Holidays;
  now: Date;
  /** After a submit attempt, what submit needs is checked live too. */
  attempted: boolean;
  server: readonly ServerMessage[];
  notifications: Pick<ComputeInput, 'lawEnforcementNotifications' | 'tribalNotifications'>;
};

/** The value at a document path, as text: a server message stays until this changes. */
export function valueSnapshot(values: IntakeValues, path: string): string {
  let value: unknown = values;
  for (const segment of pathSegments(path)) {
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Everything the form shows beside its fields, from the same functions the API runs: the
 * schema, the input checks (400), the rules with their clocks (422 at submit), and after a
 * submit attempt what submit still needs. Sorted in page order, each message once.
 */
export function runChecks(
  values: IntakeValues,
  context: CheckContext,
): { messages: AnchoredMessage[]; computed: ReportComputed | null } {
  const messages: AnchoredMessage[] = [];
  const add = (path: string, message: Omit<AnchoredMessage, 'anchor'>) =>
    messages.push({ anchor: anchorOf(path, values), ...message });
  const document = forRules(values);

  const parsed = draftSchema.safeParse(documentValues(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      add(issue.path.map(String).join('.'), { source: 'input', text: issue.message });
  }
  for (const issue of draftIssues(document, context.now)) add(issue.path, { source: 'input', text: issue.message });

  let computed: ReportComputed | null = null;
  try {
    computed = computeReport(
      { ...(document as ComputeInput), status: 'DRAFT', ...context.notifications },
      { holidays: context.holidays, now: context.now, actor: context.actor },
    );
  } catch {
    // A half-typed value the rules cannot read yet: the schema messages above already say so.
  }
  for (const violation of computed?.violations ?? [])
    add(violation.path, { source: 'rule', rule: violation.rule, text: violation.message });

  if (context.attempted) {
    for (const issue of submitIssues(document, document.recommendation))
      add(issue.path, { source: 'submit', text: issue.message });
  }
  for (const { path, snapshot, ...message } of context.server) {
    if (valueSnapshot(values, path) === snapshot) messages.push(message);
  }

  const seen = new Set<string>();
  const unique = messages.filter((m) => {
    const id = `${m.anchor}\u0000${m.rule ?? ''}\u0000${m.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { messages: unique.sort((a, b) => compareAnchors(a.anchor, b.anchor)), computed };
}
