import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({ imports: [ThreadsModule], providers: [TopicsService, TopicsResolver], exports: [TopicsService] })
export class TopicsModule {}
