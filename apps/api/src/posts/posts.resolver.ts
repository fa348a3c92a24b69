import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { attachmentsByPost } from '../attachments/attachment.loaders';
import { AttachmentModel, toAttachmentModel } from '../attachments/attachment.model';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { requireActive } from '../common/permissions/permissions';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { toUserModel, UserModel } from '../users/user.model';
import { CreatePostInput } from './dto/create-post.input';
import { EditPostInput } from './dto/edit-post.input';
import { HidePostArgs } from './dto/hide-post.args';
import { renderMarkdown } from './markdown-renderer';
import { PostModel, PostRevisionModel, toPostModel } from './post.model';
import { PostsService } from './posts.service';
import { threadById } from '../threads/thread.loaders';
import { postById, revisionsByPost } from './post.loaders';
import { organisationById } from '../organisations/organisation.loaders';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import { userById } from '../users/user.loaders';

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(private readonly posts: PostsService) {}

  @Query(() => String, { description: 'Renders markdown exactly as a post would be (editor preview)' })
  renderMarkdown(@Args('body') body: string, @Ctx() ctx: GqlContext): string {
    requireActive(ctx.viewer);
    return renderMarkdown(body.slice(0, 50_000));
  }

  @Mutation(() => PostModel, { description: 'Replies to a thread; idempotent by clientId' })
  async createPost(@Args('input') input: CreatePostInput, @Ctx() ctx: GqlContext): Promise<PostModel> {
    const post = await this.posts.create(ctx.viewer, input);
    ctx.loaders.get(threadById).clear(post.threadId);
    return toPostModel(post);
  }

  @Mutation(() => PostModel, { description: 'Edits a post; the previous version is kept as a revision' })
  async editPost(@Args('input') input: EditPostInput, @Ctx() ctx: GqlContext): Promise<PostModel> {
    return toPostModel(await this.posts.edit(ctx.viewer, input));
  }

  @Mutation(() => PostModel, {
    description: 'Soft-deletes a post (own posts; moderators any on their boards)',
  })
  async deletePost(
    @Args('postId', { type: () => ID }) postId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<PostModel> {
    const post = await this.posts.delete(ctx.viewer, postId);
    ctx.loaders.get(threadById).clear(post.threadId);
    return toPostModel(post);
  }

  @Mutation(() => PostModel, {
    description: 'Hides a post with a reason shown to its author (hidden: false shows it again)',
  })
  async hidePost(@Args() args: HidePostArgs, @Ctx() ctx: GqlContext): Promise<PostModel> {
    const post = await this.posts.hide(ctx.viewer, args.postId, args.reason, args.hidden ?? true);
    ctx.loaders.get(postById).clear(post.id).prime(post.id, post);
    ctx.loaders.get(threadById).clear(post.threadId);
    return toPostModel(post);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    const thread = await ctx.loaders.get(threadById).load(post.threadId);
    if (!thread) throw new Error(`Thread ${post.threadId} missing for post ${post.id}`);
    return toThreadModel(thread);
  }

  @ResolveField(() => [PostRevisionModel], { description: 'Earlier versions, newest first' })
  async revisions(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<PostRevisionModel[]> {
    if (post.deleted || !(await post.mayReadHidden(ctx))) return [];
    const rows = await ctx.loaders.get(revisionsByPost).load(post.id);
    return rows.map((r) =>
      Object.assign(new PostRevisionModel(), {
        id: r.id,
        body: r.body,
        createdAt: r.createdAt,
        editorId: r.editorId,
      }),
    );
  }

  @ResolveField(() => [AttachmentModel], {
    description: 'Files and images of the post; empty when deleted or hidden from the viewer',
  })
  async attachments(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<AttachmentModel[]> {
    if (post.deleted || !(await post.mayReadHidden(ctx))) return [];
    return (await ctx.loaders.get(attachmentsByPost).load(post.id)).map(toAttachmentModel);
  }

  @ResolveField(() => OrganisationModel, {
    description: "The author's organisation when posting (an official answer keeps its Land)",
  })
  async organisation(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.get(organisationById).load(post.authorOrganisationId);
    if (!org) throw new Error(`Organisation ${post.authorOrganisationId} missing`);
    return toOrganisationModel(org);
  }
}

@Resolver(() => PostRevisionModel)
export class PostRevisionsResolver {
  @ResolveField(() => UserModel, { nullable: true })
  async editor(@Parent() revision: PostRevisionModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!revision.editorId) return null;
    const user = await ctx.loaders.get(userById).load(revision.editorId);
    return user ? toUserModel(user) : null;
  }
}
