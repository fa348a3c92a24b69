import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ModFlagQueueQuery } from '@/gql/graphql';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { RelativeTime } from '@/shared/components/RelativeTime';
import { TextField } from '@/shared/components/TextField';
import { ResolveFlagsForPostMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { HidePostDialog } from './HidePostDialog';

export type QueueFlag = ModFlagQueueQuery['flags']['edges'][number]['node'];

export interface FlagGroup {
  post: QueueFlag['post'];
  flags: QueueFlag[];
}

/** Groups flags by post, keeping the order of each post's newest flag. */
export function groupFlagsByPost(flags: QueueFlag[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const flag of flags) {
    const group = groups.get(flag.post.id);
    if (group) group.flags.push(flag);
    else groups.set(flag.post.id, { post: flag.post, flags: [flag] });
  }
  return [...groups.values()];
}

interface FlagQueueItemProps {
  group: FlagGroup;
  /** Called after an action with the message to announce. */
  onHandled: (message: string) => void;
}

/** One flagged post in context with all its reports and the moderation's decisions. */
export function FlagQueueItem({ group, onHandled }: FlagQueueItemProps) {
  const { t } = useNamespace('moderation');
  const { post, flags } = group;
  const [hideOpen, setHideOpen] = useState(false);
  const [note, setNote] = useState('');
  const [resolve, { loading, error }] = useMutation(ResolveFlagsForPostMutationDocument);
  const open = flags.some((f) => f.state === 'OPEN');
  const headingId = `flag-item-${post.id}`;

  async function close(dismiss: boolean) {
    try {
      await resolve({
        variables: { postId: post.id, dismiss, note: note.trim() || null },
      });
      onHandled(dismiss ? t('queue.dismissed') : t('queue.resolved'));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <article className="app-flag-item app-stack-sm" aria-labelledby={headingId}>
      <header>
        <p className="kern-body kern-body--small">{t('queue.inThread')}</p>
        <h3 className="kern-heading-small" id={headingId}>
          <Link
            className="kern-link"
            to={`/fragen/${encodeURIComponent(post.thread.id)}#post-${encodeURIComponent(post.id)}`}
          >
            {post.thread.title}
          </Link>
        </h3>
        <p className="kern-body kern-body--small">
          {t('queue.postBy', { name: post.author.displayName, organisation: post.author.organisation.name })}
          {' · '}
          <RelativeTime iso={post.createdAt} />{' '}
          <Badge variant="warning">{t('queue.count', { count: flags.length })}</Badge>
        </p>
      </header>
      {post.deleted ? (
        <p className="kern-body app-post__notice">{t('queue.deleted')}</p>
      ) : (
        // bodyHtml is sanitised on the server (allow-listed tags, safe links).
        <div
          className="app-post-body app-flag-item__excerpt"
          dangerouslySetInnerHTML={{ __html: post.bodyHtml }}
        />
      )}
      {post.hidden ? <p className="kern-body app-post__notice">{t('queue.alreadyHidden')}</p> : null}
      <section>
        <h4 className="kern-body app-flag-item__subheading">{t('queue.reportsTitle')}</h4>
        <ul className="app-flag-item__reports">
          {flags.map((flag) => (
            <li key={flag.id} className="kern-body">
              <strong>{t(`reason.${flag.reason}`)}</strong> –{' '}
              {t('queue.reportedBy', { name: flag.reporter.displayName })} ({flag.reporter.organisation.name}
              ), <RelativeTime iso={flag.createdAt} />
              {flag.comment ? (
                <blockquote className="kern-body app-flag-item__comment">„{flag.comment}“</blockquote>
              ) : null}
              {flag.state !== 'OPEN' ? (
                <p className="kern-body kern-body--small">
                  <Badge variant={flag.state === 'RESOLVED' ? 'success' : 'info'}>
                    {t(`flagState.${flag.state}`)}
                  </Badge>{' '}
                  {flag.resolvedBy ? t('queue.resolvedBy', { name: flag.resolvedBy.displayName }) : null}
                  {flag.resolutionNote ? ` · ${t('queue.note', { note: flag.resolutionNote })}` : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {open ? (
        <div className="app-stack-sm">
          <ApiErrorAlert error={error} />
          <div
            className="app-flag-item__actions"
            role="group"
            aria-label={t('queue.actionsFor', { name: post.author.displayName })}
          >
            <TextField
              id={`${headingId}-note`}
              label={t('queue.noteLabel')}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
            {!post.hidden && !post.deleted ? (
              <button
                type="button"
                className="kern-btn kern-btn--primary kern-btn--x-small app-btn--danger"
                aria-haspopup="dialog"
                onClick={() => setHideOpen(true)}
              >
                <span className="kern-label">{t('queue.hide')}</span>
              </button>
            ) : null}
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small"
              disabled={loading}
              onClick={() => void close(true)}
            >
              <span className="kern-label">{t('queue.dismiss')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small"
              disabled={loading}
              onClick={() => void close(false)}
            >
              <span className="kern-label">{t('queue.resolve')}</span>
            </button>
          </div>
          <HidePostDialog
            open={hideOpen}
            postId={post.id}
            currentlyHidden={false}
            onClose={() => setHideOpen(false)}
            onDone={() => {
              setHideOpen(false);
              onHandled(t('queue.hidden'));
            }}
          />
        </div>
      ) : null}
    </article>
  );
}
