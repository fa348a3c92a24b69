import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { DraftModel, toDraftModel } from './draft.model';
import { DraftsService } from './drafts.service';
import { SaveDraftArgs } from './dto/save-draft.args';

@Resolver(() => DraftModel)
export class DraftsResolver {
  constructor(private readonly draftsService: DraftsService) {}

  @Query(() => DraftModel, { nullable: true, description: "The viewer's draft under a key, if any" })
  async draft(@Args('key') key: string, @Ctx() ctx: GqlContext): Promise<DraftModel | null> {
    const draft = await this.draftsService.get(ctx.viewer, key);
    return draft ? toDraftModel(draft) : null;
  }

  @Query(() => [DraftModel], { description: "The viewer's drafts, most recently saved first" })
  async drafts(@Ctx() ctx: GqlContext): Promise<DraftModel[]> {
    return (await this.draftsService.list(ctx.viewer)).map(toDraftModel);
  }

  @Mutation(() => DraftModel, {
    description: 'Saves (creates or overwrites) a draft; deleted once the reply or question is posted',
  })
  async saveDraft(@Args() args: SaveDraftArgs, @Ctx() ctx: GqlContext): Promise<DraftModel> {
    return toDraftModel(await this.draftsService.save(ctx.viewer, args));
  }

  @Mutation(() => Boolean, { description: 'Discards a draft; false when there was none' })
  deleteDraft(@Args('key') key: string, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.draftsService.delete(ctx.viewer, key);
  }
}
