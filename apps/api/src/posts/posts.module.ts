import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { TagsModule } from '../tags/tags.module';
import { ThreadsModule } from '../threads/threads.module';
import { PostRevisionsResolver, PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { ThreadPostsResolver } from './thread-posts.resolver';
import { ThreadPostsService } from './thread-posts.service';
import { UserActivityResolver } from './user-activity.resolver';
import { UserActivityService } from './user-activity.service';

@Module({
  imports: [ThreadsModule, AttachmentsModule, TagsModule],
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
