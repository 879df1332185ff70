/** A hand-over dialog's buttons: its action (with the words while it runs) and Cancel. */
export function DialogActions({
  label,
  busyLabel,
  busy,
  secondary = false,
  onCancel,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  /** A destructive action reads as the secondary (red) button. */
  secondary?: boolean;
  onCancel: () => void;
}) {
  return (
    <ul className="usa-button-group margin-top-3">
      <li className="usa-button-group__item">
        <button type="submit" className={secondary ? 'usa-button usa-button--secondary' : 'usa-button'} disabled={busy}>
          {busy ? busyLabel : label}
        </button>
      </li>
      <li className="usa-button-group__item">
        <button type="button" className="usa-button usa-button--unstyled padding-105 text-center" onClick={onCancel}>
          Cancel
        </button>
      </li>
    </ul>
  );
}
