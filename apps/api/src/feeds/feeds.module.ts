import { Module } from '@nestjs/common';
import { FeedTokenResolver } from './feed-token.resolver';
import { FeedTokensService } from './feed-tokens.service';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';

/** Atom feeds per board, topic, tag and "Fragen an mein Land" with personal feed tokens. */
@Module({
  controllers: [FeedsController],
  providers: [FeedTokensService, FeedsService, FeedTokenResolver],
})
export class FeedsModule {}
