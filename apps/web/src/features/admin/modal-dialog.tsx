import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import './admin.css';

type ModalDialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** What gets focus when the dialog opens; by default the browser picks the first control. */
  initialFocus?: RefObject<HTMLElement | null>;
};

/**
 * A native modal <dialog>, open while mounted: showModal traps focus and makes the page inert,
 * Escape closes it, and focus goes back to what opened it.
 */
export function ModalDialog({ title, onClose, children, initialFocus }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    initialFocus?.current?.focus();
    // Escape (or the browser) closing the dialog is handed to the parent, which unmounts it.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  return (
    <dialog ref={ref} className="admin-dialog" aria-labelledby={headingId}>
      <div className="admin-dialog__body">
        <h2 id={headingId} className="usa-modal__heading margin-top-0">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
