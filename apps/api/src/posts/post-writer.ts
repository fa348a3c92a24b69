import type { EntityManager } from 'typeorm';
import { OrganisationKind } from '@forum/shared';
import type { Viewer } from '../common/graphql/viewer';
import { entityRows } from '../common/loaders/entity-rows';
import type { NewPostFacts } from '../events/domain-event';
import { mentionCandidates } from './mentions';
import { badInput } from '../common/errors/domain-error';
import { imagesWithoutAlt, renderMarkdown } from './markdown-renderer';
import { PostEntity } from './post.entity';
import { insertPostSql } from './posts.sql';

/**
 * Whether a post is an official answer of the author's Land: only replies (a question is never an
 * answer) by Land accounts, and only when they did not choose to write an ordinary note instead.
 */
export const isOfficialAnswer = (author: Viewer, asked: boolean | null | undefined) =>
  author.organisationKind === OrganisationKind.LAND && asked !== false;

/** BITV 2.0: every image in a post has an alternative text (the editor asks for it; this is the rule). */
export function requireImageAlt(body: string): void {
  const missing = imagesWithoutAlt(body);
  if (missing)
    throw badInput('Bitte geben Sie für jedes Bild einen Alternativtext an.', {
      body: `${missing} Bild${missing === 1 ? '' : 'er'} ohne Alternativtext`,
    });
}

/**
 * Inserts a post inside the caller's transaction; shared by "ask a question" and "reply". One hand-written
 * statement returning the row (TypeORM's save() costs several times the CPU on this hot path).
 */
export async function insertPost(
  manager: EntityManager,
  author: Viewer,
  threadId: string,
  body: string,
  clientId: string | null,
  createdAt: Date,
  official: boolean,
): Promise<PostEntity> {
  requireImageAlt(body);
  const posts = entityRows(manager.connection, PostEntity);
  const [row]: Record<string, unknown>[] = await manager.query(insertPostSql(posts.select('p')), [
    threadId,
    author.id,
    author.organisationId,
    official,
    body,
    renderMarkdown(body),
    clientId,
    createdAt,
  ]);
  return posts.map(row);
}

export const newPostFacts = (post: PostEntity): NewPostFacts => ({
  official: post.official,
  mentions: mentionCandidates(post.body),
});
