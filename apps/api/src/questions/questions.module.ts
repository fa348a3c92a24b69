import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { PostOrganisationResolver, QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

@Module({
  imports: [PostsModule],
  providers: [QuestionsService, QuestionsResolver, PostOrganisationResolver],
})
export class QuestionsModule {}
