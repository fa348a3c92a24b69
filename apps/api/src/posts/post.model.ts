import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PostEntity } from './post.entity';

@ObjectType('Post', { description: 'A post in a thread; the first post is the question' })
export class PostModel {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field({ description: 'Written by a Länder representative' })
  official!: boolean;

  @Field()
  hidden!: boolean;

  @Field()
  deleted!: boolean;

  threadId!: string;
  authorId!: string;
  authorOrganisationId!: string;
  rawBody!: string;
  rawBodyHtml!: string;
  rawHiddenReason!: string | null;
}

export function toPostModel(e: PostEntity): PostModel {
  return Object.assign(new PostModel(), {
    id: e.id,
    createdAt: e.createdAt,
    editedAt: e.editedAt,
    official: e.official,
    hidden: e.hiddenAt !== null,
    deleted: e.deletedAt !== null,
    threadId: e.threadId,
    authorId: e.authorId,
    authorOrganisationId: e.authorOrganisationId,
    rawBody: e.body,
    rawBodyHtml: e.bodyHtml,
    rawHiddenReason: e.hiddenReason,
  });
}

@ObjectType('PostRevision', { description: 'An earlier version of a post' })
export class PostRevisionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  editorId!: string | null;
}
