import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { GqlContext } from '../common/graphql/gql-context';
import { MethodField } from '../common/graphql/method-field';
import { viewerModeratesThread } from '../threads/viewer-moderation';
import { toUserModel, UserModel } from '../users/user.model';
import type { PostEntity } from './post.entity';
import { userById } from '../users/user.loaders';
import { threadById } from '../threads/thread.loaders';
import { topicById } from '../topics/topic.loaders';

@ObjectType('Post', { description: 'A post in a thread; the first post is the question' })
export class PostModel {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field({
    description:
      "An official answer of the author's Land (a Land account's reply unless written as an ordinary note; never the question)",
  })
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

  // Resolved by methods of the model (MethodField): a thread page resolves each of them for every post.

  /** Hidden content is shown only to its author and to those who moderate the board. */
  mayReadHidden(ctx: GqlContext): boolean | Promise<boolean> {
    if (!this.hidden || ctx.viewer?.id === this.authorId) return true;
    return viewerModeratesThread(ctx, this.threadId);
  }

  @MethodField('Post', () => String, {
    description: 'Markdown as written; empty when deleted or hidden from the viewer',
  })
  async body(_args: unknown, ctx: GqlContext): Promise<string> {
    if (this.deleted) return '';
    return (await this.mayReadHidden(ctx)) ? this.rawBody : '';
  }

  @MethodField('Post', () => String, { description: 'Sanitised HTML of the body' })
  async bodyHtml(_args: unknown, ctx: GqlContext): Promise<string> {
    if (this.deleted) return '';
    return (await this.mayReadHidden(ctx)) ? this.rawBodyHtml : '';
  }

  @MethodField('Post', () => String, {
    nullable: true,
    description: 'Why a moderator hid the post (author and moderators)',
  })
  async hiddenReason(_args: unknown, ctx: GqlContext): Promise<string | null> {
    if (!this.hidden) return null;
    return (await this.mayReadHidden(ctx)) ? this.rawHiddenReason : null;
  }

  @MethodField('Post', () => UserModel)
  async author(_args: unknown, ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.get(userById).load(this.authorId);
    if (!user) throw new Error(`Author ${this.authorId} missing for post ${this.id}`);
    return toUserModel(user);
  }

  @MethodField('Post', () => Boolean, {
    description: 'Official answer by the Land that leads the EfA service ("federführendes Land")',
  })
  async leadLandAnswer(_args: unknown, ctx: GqlContext): Promise<boolean> {
    if (!this.official) return false;
    const thread = await ctx.loaders.get(threadById).load(this.threadId);
    const topic = thread ? await ctx.loaders.get(topicById).load(thread.topicId) : null;
    return !!topic?.leadLandId && topic.leadLandId === this.authorOrganisationId;
  }

  @MethodField('Post', () => Boolean, { description: 'Marked by the asker (or a moderator) as the solution' })
  async accepted(_args: unknown, ctx: GqlContext): Promise<boolean> {
    const thread = await ctx.loaders.get(threadById).load(this.threadId);
    return thread?.acceptedPostId === this.id;
  }

  @MethodField('Post', () => Boolean)
  async viewerCanEdit(_args: unknown, ctx: GqlContext): Promise<boolean> {
    if (!ctx.viewer || this.deleted) return false;
    return ctx.viewer.id === this.authorId || viewerModeratesThread(ctx, this.threadId);
  }

  @MethodField('Post', () => Boolean)
  viewerCanDelete(args: unknown, ctx: GqlContext): Promise<boolean> {
    return this.viewerCanEdit(args, ctx);
  }
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
