import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ReuseModel, ServiceProfileFieldsFragment } from '@/gql/graphql';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { SelectField } from '@/shared/components/SelectField';
import { TextAreaField } from '@/shared/components/TextAreaField';
import { TextField } from '@/shared/components/TextField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import { UpdateServiceProfileMutationDocument } from '../graphql/service-profile.graphql';

const MODELS: ReuseModel[] = ['FIT_STORE', 'MARKTPLATZ', 'LANDESPLATTFORM', 'OTHER'];
const LINK_ROWS = 3;

interface LinkRow {
  model: ReuseModel;
  label: string;
  url: string;
}

function initialLinks(topic: ServiceProfileFieldsFragment): LinkRow[] {
  const rows: LinkRow[] = topic.reuseLinks.map((l) => ({ model: l.model, label: l.label, url: l.url }));
  while (rows.length < LINK_ROWS) rows.push({ model: 'FIT_STORE', label: '', url: '' });
  return rows;
}

/** Edits the Steckbrief fields open to the lead Land and moderators; the server versions every change. */
export function ServiceProfileDialog({
  topic,
  open,
  onClose,
}: {
  topic: ServiceProfileFieldsFragment;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useNamespace('topics');
  const [description, setDescription] = useState(topic.description ?? '');
  const [status, setStatus] = useState(topic.serviceStatus ?? '');
  const [contactRole, setContactRole] = useState(topic.contactRole ?? '');
  const [standards, setStandards] = useState(topic.standards.join(', '));
  const [links, setLinks] = useState<LinkRow[]>(() => initialLinks(topic));
  const [save, { loading, error, reset }] = useMutation(UpdateServiceProfileMutationDocument);
  const fieldErrors = apiFieldErrors(error);
  const setLink = (index: number, patch: Partial<LinkRow>) =>
    setLinks((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function submit() {
    try {
      await save({
        variables: {
          input: {
            topicId: topic.id,
            description: description.trim() || null,
            serviceStatus: status.trim() || null,
            contactRole: contactRole.trim() || null,
            standards: standards
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            reuseLinks: links
              .filter((l) => l.url.trim())
              .map((l) => ({
                model: l.model,
                label: l.label.trim() || t(`profile.models.${l.model}`),
                url: l.url.trim(),
              })),
          },
        },
      });
      onClose();
    } catch {
      // Shown by ApiErrorAlert and the field errors.
    }
  }

  return (
    <ModalDialog
      open={open}
      id="service-profile-dialog"
      title={t('profile.editTitle', { title: topic.title })}
      description={t('profile.editHint')}
      onClose={() => {
        reset();
        onClose();
      }}
      onSubmit={() => void submit()}
      submitLabel={t('profile.save')}
      cancelLabel={t('profile.cancel')}
      busy={loading}
    >
      <ApiErrorAlert error={error} />
      <TextAreaField
        id="profile-description"
        label={t('profile.description')}
        value={description}
        maxLength={2000}
        rows={3}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldErrors.description}
        optionalLabel={t('profile.optional')}
      />
      <TextField
        id="profile-status"
        label={t('profile.status')}
        hint={t('profile.statusHint')}
        value={status}
        maxLength={100}
        onChange={(e) => setStatus(e.target.value)}
        error={fieldErrors.serviceStatus}
      />
      <TextField
        id="profile-contact-role"
        label={t('profile.contactRole')}
        hint={t('profile.contactRoleHint')}
        value={contactRole}
        maxLength={200}
        onChange={(e) => setContactRole(e.target.value)}
        error={fieldErrors.contactRole}
      />
      <TextField
        id="profile-standards"
        label={t('profile.standards')}
        hint={t('profile.standardsHint')}
        value={standards}
        onChange={(e) => setStandards(e.target.value)}
        error={fieldErrors.standards}
      />
      {links.map((link, index) => (
        <fieldset className="kern-fieldset" key={index}>
          <legend className="kern-label">{t('profile.linkLegend', { number: index + 1 })}</legend>
          <SelectField
            id={`profile-link-model-${index}`}
            label={t('profile.model')}
            value={link.model}
            onChange={(e) => setLink(index, { model: e.target.value as ReuseModel })}
          >
            {MODELS.map((m) => (
              <option key={m} value={m}>
                {t(`profile.models.${m}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`profile-link-label-${index}`}
            label={t('profile.linkLabel')}
            value={link.label}
            maxLength={100}
            onChange={(e) => setLink(index, { label: e.target.value })}
          />
          <TextField
            id={`profile-link-url-${index}`}
            label={t('profile.linkUrl')}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={link.url}
            maxLength={500}
            onChange={(e) => setLink(index, { url: e.target.value })}
          />
        </fieldset>
      ))}
    </ModalDialog>
  );
}
