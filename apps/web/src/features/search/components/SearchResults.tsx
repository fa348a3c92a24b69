import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { SearchQuery } from '@/gql/graphql';
import { ProgressBadge } from '@/features/threads/components/ProgressBadge';

type Edge = SearchQuery['search']['edges'][number];

function links(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a.app-search-result__link')];
}

/** Focuses the first result link (ArrowDown from the search field). */
export function focusFirstResult(): void {
  document.querySelector<HTMLAnchorElement>('.app-search-results a.app-search-result__link')?.focus();
}

/** Results as a list of links; ArrowDown/ArrowUp move between them, ArrowUp on the first back to the field. */
export function SearchResults({ edges, onLeaveTop }: { edges: readonly Edge[]; onLeaveTop: () => void }) {
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links(event.currentTarget);
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') all[Math.min(index + 1, all.length - 1)]?.focus();
    else if (index === 0) onLeaveTop();
    else all[index - 1]?.focus();
  }

  return (
    <ol className="app-search-results" onKeyDown={onKeyDown}>
      {edges.map(({ node, cursor }) => {
        const thread = node.thread;
        const href = `/fragen/${encodeURIComponent(thread.id)}${node.post ? `#post-${encodeURIComponent(node.post.id)}` : ''}`;
        return (
          <li key={cursor} className="app-search-result">
            <h3 className="kern-title app-search-result__title">
              <Link className="kern-link app-search-result__link" to={href}>
                {thread.title}
              </Link>
            </h3>
            <p className="kern-body kern-body--small kern-body--muted app-search-result__crumb">
              {thread.topic.board.title} <span aria-hidden="true">›</span>
              <span className="kern-sr-only">,</span> {thread.topic.title}
            </p>
            <div className="app-search-result__meta">
              <ProgressBadge progress={thread.progress} />
            </div>
            {/* Sanitised by the server: plain text with <mark> around the matches. */}
            <p
              className="kern-body app-search-result__headline"
              dangerouslySetInnerHTML={{ __html: node.headline }}
            />
          </li>
        );
      })}
    </ol>
  );
}
