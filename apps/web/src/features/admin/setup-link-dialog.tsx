import { SETUP_TOKEN_HOURS, type SetupLink } from '@cps/domain';
import { useRef, useState } from 'react';
import { formatChicagoTime } from './admin-format';
import { ModalDialog } from './modal-dialog';

type SetupLinkDialogProps = {
  /** Whose link it is, for the title and the words. */
  name: string;
  /** What just happened, said first ("Created the account of …"). */
  summary: string;
  setup: SetupLink;
  onClose: () => void;
};

type Copied = 'idle' | 'copied' | 'failed';

/**
 * The one-time setup link, shown once: the API keeps only its hash, so it cannot be shown again
 * (a reset gives a new one). The admin hands it over privately; whoever opens it chooses the
 * password, which the admin never sees.
 */
export function SetupLinkDialog({ name, summary, setup, onClose }: SetupLinkDialogProps) {
  const linkRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<Copied>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(setup.url);
      setCopied('copied');
    } catch {
      // No clipboard (permissions, an old browser): select the link so Ctrl+C copies it.
      linkRef.current?.select();
      setCopied('failed');
    }
  }

  return (
    <ModalDialog title={`Setup link for ${name}`} onClose={onClose} initialFocus={linkRef}>
      <div className="usa-prose">
        <p>{summary}</p>
        <p>
          Hand this link to {name} <strong>privately</strong>: in person, by phone or by a message only they read.
          Whoever opens it chooses the password. It works once and expires in {SETUP_TOKEN_HOURS} hours, on{' '}
          <time dateTime={setup.expiresAt}>{formatChicagoTime(setup.expiresAt)}</time>.
        </p>
        <p>
          <strong>It is shown only now.</strong> If it is lost, use Reset password for a new one.
        </p>
      </div>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="setup-link">
          One-time setup link
        </label>
        <input
          ref={linkRef}
          id="setup-link"
          className="usa-input"
          type="text"
          readOnly
          value={setup.url}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
        />
      </div>
      <div role="status" aria-live="polite" className="margin-y-1">
        {copied === 'copied' && 'The link is copied.'}
        {copied === 'failed' &&
          'It could not be copied automatically: the link is selected, press Ctrl+C (or ⌘+C) to copy it.'}
      </div>
      <ul className="usa-button-group margin-top-2">
        <li className="usa-button-group__item">
          <button type="button" className="usa-button" onClick={() => void copy()}>
            Copy link
          </button>
        </li>
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" onClick={onClose}>
            Done
          </button>
        </li>
      </ul>
    </ModalDialog>
  );
}
