import { Int } from '@nestjs/graphql';
import { BoardModel } from '../boards/board.model';
import { addMethodField } from '../common/graphql/method-field';
import { boardStats, topicsByBoard } from './topic.loaders';
import { TopicModel, toTopicModel } from './topic.model';

// What a board shows of its topics: the topics themselves and the counters summed over them. Declared
// here (boards/ knows no topics) as methods of BoardModel: the board overview resolves them for every
// board (see common/graphql/method-field.ts). Loaded by topics.module.ts.

addMethodField(
  BoardModel,
  'Board',
  'topics',
  () => [TopicModel],
  async (board, _args, ctx) => (await ctx.loaders.get(topicsByBoard).load(board.id)).map(toTopicModel),
);

addMethodField(
  BoardModel,
  'Board',
  'threadCount',
  () => Int,
  async (board, _args, ctx) => (await ctx.loaders.get(boardStats).load(board.id)).threadCount,
);

addMethodField(
  BoardModel,
  'Board',
  'postCount',
  () => Int,
  async (board, _args, ctx) => (await ctx.loaders.get(boardStats).load(board.id)).postCount,
);

addMethodField(
  BoardModel,
  'Board',
  'lastActivityAt',
  () => Date,
  async (board, _args, ctx) => (await ctx.loaders.get(boardStats).load(board.id)).lastActivityAt,
  { nullable: true },
);
