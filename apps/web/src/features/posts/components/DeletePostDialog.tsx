import { useTranslation } from 'react-i18next';
import { ModalDialog } from '@/shared/components/ModalDialog';

interface DeletePostDialogProps {
  open: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Beitrag löschen?" — confirmation before a post is deleted; the focus starts on "Abbrechen". */
export function DeletePostDialog({ open, busy, onConfirm, onCancel }: DeletePostDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={open}
      id="delete-dialog"
      title={t('posts.deleteConfirmTitle')}
      description={t('posts.deleteConfirmText')}
      onClose={onCancel}
      onSubmit={onConfirm}
      submitLabel={t('posts.deleteConfirm')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      danger
    />
  );
}
