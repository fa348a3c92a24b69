import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TopicModel } from '../../topics/topic.model';

@ObjectType('ServiceSynonym', { description: 'An everyday word under which people look for an EfA service' })
export class ServiceSynonymModel {
  @Field(() => ID)
  id!: string;

  @Field()
  term!: string;
}

@ObjectType('SearchSuggestion', { description: 'What to try when a search found nothing' })
export class SearchSuggestionModel {
  @Field(() => TopicModel, { nullable: true, description: 'The closest EfA service by name or synonym' })
  service!: TopicModel | null;

  @Field(() => String, { nullable: true, description: 'The query with misspelt words corrected' })
  correction!: string | null;
}
