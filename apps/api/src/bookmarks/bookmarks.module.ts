import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { BookmarksResolver, ThreadBookmarkResolver } from './bookmarks.resolver';
import { BookmarksService } from './bookmarks.service';

@Module({
  imports: [ThreadsModule],
  providers: [BookmarksService, BookmarksResolver, ThreadBookmarkResolver],
  exports: [BookmarksService],
})
export class BookmarksModule {}
