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
import { UnreadCountsCache } from './unread-counts-cache';

/** Users whose counts each instance keeps, and for how long at most (the 30-day window slides meanwhile). */
const UNREAD_CACHE_USERS = 5_000;
const UNREAD_CACHE_TTL_MS = 60_000;

@Module({
  imports: [ThreadsModule],
  providers: [
    ReadingService,
    {
      provide: UnreadCountsCache,
      useFactory: () => new UnreadCountsCache(UNREAD_CACHE_USERS, UNREAD_CACHE_TTL_MS),
    },
    LatestThreadsService,
    ReadingResolver,
    ThreadReadingResolver,
    TopicReadingResolver,
    BoardReadingResolver,
  ],
  exports: [ReadingService],
})
export class ReadingModule {}
