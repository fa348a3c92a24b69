import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { PostOrganisationResolver, QuestionsResolver } from './land-queue.resolver';
import { QuestionsService } from './land-queue.service';

@Module({
  imports: [PostsModule],
  providers: [QuestionsService, QuestionsResolver, PostOrganisationResolver],
})
export class QuestionsModule {}
