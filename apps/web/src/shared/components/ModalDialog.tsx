import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import './modal-dialog.css';

interface ModalDialogProps {
  open: boolean;
  /** Base for the element ids (title, description). */
  id: string;
  title: string;
  description?: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  cancelLabel: string;
  busy?: boolean;
  danger?: boolean;
  children?: ReactNode;
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * A native modal <dialog> holding a form: focus trap, Escape and inert background come from the browser.
 * On opening, focus goes to the first field; on closing it returns to the element that opened the dialog.
 */
export function ModalDialog({
  open,
  id,
  title,
  description,
  onClose,
  onSubmit,
  submitLabel,
  cancelLabel,
  busy,
  danger,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <dialog
      ref={ref}
      className="kern-dialog app-modal"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <form noValidate onSubmit={handleSubmit}>
          <header className="kern-dialog__header">
            <h2 className="kern-title kern-title--large" id={`${id}-title`}>
              {title}
            </h2>
          </header>
          <section className="kern-dialog__body app-stack-sm">
            {description ? (
              <div className="kern-body" id={`${id}-description`}>
                {description}
              </div>
            ) : null}
            {children}
          </section>
          <footer className="kern-dialog__footer">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
              <span className="kern-label">{cancelLabel}</span>
            </button>
            <button
              type="submit"
              className={`kern-btn kern-btn--primary${danger ? ' app-btn--danger' : ''}`}
              disabled={busy}
              aria-busy={busy || undefined}
            >
              <span className="kern-label">{submitLabel}</span>
            </button>
          </footer>
        </form>
      ) : null}
    </dialog>
  );
}
