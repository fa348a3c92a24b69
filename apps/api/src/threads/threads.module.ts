import { Module } from '@nestjs/common';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';
import { TopicThreadsResolver } from './topic-threads.resolver';

@Module({ providers: [ThreadsService, ThreadsResolver, TopicThreadsResolver], exports: [ThreadsService] })
export class ThreadsModule {}
