import { useTranslation } from 'react-i18next';
import type { MentionableUsersQuery } from '@/gql/graphql';

interface MentionListboxProps {
  id: string;
  open: boolean;
  options: MentionableUsersQuery['mentionableUsers'];
  activeIndex: number;
  optionId: (index: number) => string;
  onChoose: (index: number) => void;
}

/** The suggestions of the mention combobox; always in the DOM (hidden when closed) so aria-controls resolves. */
export function MentionListbox({ id, open, options, activeIndex, optionId, onChoose }: MentionListboxProps) {
  const { t } = useTranslation();
  return (
    <>
      <ul id={id} role="listbox" aria-label={t('mentions.label')} className="app-mentions" hidden={!open}>
        {open
          ? options.map((user, index) => (
              <li
                key={user.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={`app-mentions__option${index === activeIndex ? ' app-mentions__option--active' : ''}`}
                // Keep focus (and the caret) in the textarea.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChoose(index)}
              >
                <span className="app-mentions__name">{user.displayName}</span>{' '}
                <span className="kern-body--small kern-body--muted">{user.organisation.name}</span>
              </li>
            ))
          : null}
      </ul>
      <div className="kern-sr-only" role="status">
        {open ? t('mentions.available', { count: options.length }) : ''}
      </div>
    </>
  );
}
