import { Module } from '@nestjs/common';
import { BoardTopicsResolver } from './board-topics.resolver';
import { LedTopicsResolver } from './led-topics.resolver';
import { TopicAdminResolver } from './topic-admin.resolver';
import { TopicAdminService } from './topic-admin.service';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  providers: [
    TopicsService,
    TopicsResolver,
    BoardTopicsResolver,
    LedTopicsResolver,
    TopicAdminService,
    TopicAdminResolver,
  ],
  exports: [TopicsService],
})
export class TopicsModule {}
