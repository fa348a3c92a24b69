import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DeletePostDialogProps {
  open: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Native modal <dialog>: focus trap, Escape and inert background come from the browser. */
export function DeletePostDialog({ open, busy, onConfirm, onCancel }: DeletePostDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="kern-dialog"
      aria-labelledby="delete-dialog-title"
      aria-describedby="delete-dialog-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <header className="kern-dialog__header">
            <h2 className="kern-title kern-title--large" id="delete-dialog-title">
              {t('posts.deleteConfirmTitle')}
            </h2>
          </header>
          <section className="kern-dialog__body">
            <p className="kern-body" id="delete-dialog-text">
              {t('posts.deleteConfirmText')}
            </p>
          </section>
          <footer className="kern-dialog__footer">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel} autoFocus>
              <span className="kern-label">{t('common.cancel')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--primary app-btn--danger"
              onClick={onConfirm}
              disabled={busy}
            >
              <span className="kern-label">{t('posts.deleteConfirm')}</span>
            </button>
          </footer>
        </>
      ) : null}
    </dialog>
  );
}
