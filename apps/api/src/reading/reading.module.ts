import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { LatestThreadsService } from './latest-threads.service';
import {
  BoardReadingResolver,
  ReadingResolver,
  ThreadReadingResolver,
  TopicReadingResolver,
} from './reading.resolver';
import { ReadingService } from './reading.service';

@Module({
  imports: [ThreadsModule],
  providers: [
    ReadingService,
    LatestThreadsService,
    ReadingResolver,
    ThreadReadingResolver,
    TopicReadingResolver,
    BoardReadingResolver,
  ],
  exports: [ReadingService],
})
export class ReadingModule {}
