import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { TextField } from '@/shared/components/TextField';
import {
  MergeThreadsMutationDocument,
  TopicThreadsForMergeQueryDocument,
} from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';

interface MergeThreadDialogProps {
  open: boolean;
  threadId: string;
  topicId: string;
  onClose: () => void;
  /** Called with the id of the target thread (the merged result). */
  onDone: (targetThreadId: string) => void;
}

/** Merges this thread into another one: pick it by title within the topic, or enter its id. */
export function MergeThreadDialog({ open, threadId, topicId, onClose, onDone }: MergeThreadDialogProps) {
  const { t } = useNamespace('moderation');
  const { data } = useQuery(TopicThreadsForMergeQueryDocument, { variables: { topicId }, skip: !open });
  const [search, setSearch] = useState('');
  const [targetId, setTargetId] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [merge, { loading, error, reset }] = useMutation(MergeThreadsMutationDocument);
  const id = `merge-${threadId}`;
  const query = search.trim().toLocaleLowerCase('de');
  const candidates = (data?.topic?.threads.edges ?? [])
    .map((e) => e.node)
    .filter((th) => th.id !== threadId && (!query || th.title.toLocaleLowerCase('de').includes(query)))
    .slice(0, 10);

  function close() {
    setSearch('');
    setTargetId('');
    setReason('');
    setFieldError(undefined);
    reset();
    onClose();
  }

  async function submit() {
    const target = targetId.trim();
    const invalid = !target
      ? t('merge.targetRequired')
      : target === threadId
        ? t('merge.sameThread')
        : undefined;
    setFieldError(invalid);
    if (invalid) {
      document.getElementById(`${id}-target`)?.focus();
      return;
    }
    try {
      const result = await merge({
        variables: { sourceThreadId: threadId, targetThreadId: target, reason: reason.trim() || null },
      });
      const mergedId = result.data?.mergeThreads.id ?? target;
      setSearch('');
      setTargetId('');
      setReason('');
      onDone(mergedId);
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <ModalDialog
      open={open}
      id={id}
      title={t('merge.title')}
      description={t('merge.description')}
      onClose={close}
      onSubmit={() => void submit()}
      submitLabel={t('merge.submit')}
      cancelLabel={t('common.cancel')}
      busy={loading}
      danger
    >
      <ApiErrorAlert error={error} />
      <TextField
        id={`${id}-search`}
        label={t('merge.search')}
        hint={t('merge.searchHint')}
        type="search"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('merge.candidates')}</legend>
        <div className="kern-fieldset__body app-merge-candidates">
          {candidates.length === 0 ? <p className="kern-body">{t('merge.noCandidates')}</p> : null}
          {candidates.map((th) => (
            <div className="kern-form-check" key={th.id}>
              <input
                className="kern-form-check__radio"
                type="radio"
                id={`${id}-c-${th.id}`}
                name={`${id}-candidate`}
                value={th.id}
                checked={targetId === th.id}
                onChange={() => {
                  setTargetId(th.id);
                  setFieldError(undefined);
                }}
              />
              <label className="kern-label" htmlFor={`${id}-c-${th.id}`}>
                {th.title}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        id={`${id}-target`}
        label={t('merge.targetId')}
        hint={t('merge.targetIdHint')}
        required
        autoComplete="off"
        value={targetId}
        error={fieldError}
        onChange={(e) => setTargetId(e.target.value)}
      />
      <TextAreaField
        id={`${id}-reason`}
        label={t('common.reasonLabel')}
        optionalLabel={t('common.optional')}
        hint={t('common.reasonHint')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
    </ModalDialog>
  );
}
