import { Module } from '@nestjs/common';
import { ThreadsResolver } from './threads.resolver';
import { TagThreadsResolver, ThreadTagsResolver } from './thread-tags.resolver';
import { ThreadsService } from './threads.service';
import { TopicThreadsResolver } from './topic-threads.resolver';

@Module({
  providers: [ThreadsService, ThreadsResolver, TopicThreadsResolver, ThreadTagsResolver, TagThreadsResolver],
  exports: [ThreadsService],
})
export class ThreadsModule {}
