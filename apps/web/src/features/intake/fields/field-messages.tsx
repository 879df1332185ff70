import type { FieldMessage } from '../check-store';

/** 'is required to submit' → 'Required to submit'; 'must not be …' → 'Must not be …'. */
export function messageSentence(text: string): string {
  const body = text.startsWith('is ') ? text.slice(3) : text;
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/**
 * The messages of a field, in a polite live region that is always there (a region added at the
 * same time as its text is often not announced). A broken rule shows its id.
 */
export function FieldMessages({ id, messages }: { id: string; messages: readonly FieldMessage[] }) {
  return (
    <div id={id} aria-live="polite" className="intake-messages">
      {messages.map((m) => (
        <span key={`${m.rule ?? m.source}:${m.text}`} className="usa-error-message">
          {m.rule && <span className="intake-rule">{m.rule}</span>} {messageSentence(m.text)}
        </span>
      ))}
    </div>
  );
}

export type A11yProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

/** aria-describedby of a control: its hint, then its messages when there are any. */
export function describedBy(hintId: string | null, messagesId: string, invalid: boolean): string | undefined {
  return [hintId, invalid ? messagesId : null].filter(Boolean).join(' ') || undefined;
}
