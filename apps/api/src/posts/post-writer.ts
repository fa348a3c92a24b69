import type { EntityManager } from 'typeorm';
import { OrganisationKind } from '@forum/shared';
import type { Viewer } from '../common/graphql/viewer';
import type { NewPostFacts } from '../events/domain-event';
import { mentionCandidates } from '../notifications/mentions';
import { renderMarkdown } from './markdown-renderer';
import { PostEntity } from './post.entity';

/** Inserts a post inside the caller's transaction; shared by "ask a question" and "reply". */
export async function insertPost(
  manager: EntityManager,
  author: Viewer,
  threadId: string,
  body: string,
  clientId: string | null,
  createdAt: Date,
): Promise<PostEntity> {
  const repo = manager.getRepository(PostEntity);
  const post = repo.create({
    threadId,
    authorId: author.id,
    authorOrganisationId: author.organisationId,
    official: author.organisationKind === OrganisationKind.LAND,
    body,
    bodyHtml: renderMarkdown(body),
    clientId,
    createdAt,
  });
  return repo.save(post);
}

export const newPostFacts = (post: PostEntity): NewPostFacts => ({
  official: post.official,
  mentions: mentionCandidates(post.body),
});
