import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { PostRevisionsResolver, PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { ThreadPostsResolver } from './thread-posts.resolver';
import { ThreadPostsService } from './thread-posts.service';
import { UserActivityResolver } from './user-activity.resolver';
import { UserActivityService } from './user-activity.service';

@Module({
  imports: [ThreadsModule],
  providers: [
    PostsService,
    PostsResolver,
    PostRevisionsResolver,
    ThreadPostsService,
    ThreadPostsResolver,
    UserActivityService,
    UserActivityResolver,
  ],
  exports: [PostsService],
})
export class PostsModule {}
