import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.model';

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field({ description: 'Sanitised HTML excerpt; matches in <mark>' })
  headline!: string;

  @Field(() => Float, { description: 'Relevance score (higher is better)' })
  rank!: number;

  threadId!: string;
  postId!: string | null;
}

export const SearchResultConnection = ConnectionType(SearchResultModel, 'SearchResult');

@ObjectType('SimilarThread', { description: 'An existing question that resembles a title being typed' })
export class SimilarThreadModel {
  @Field({ description: 'In the same topic as the new question' })
  sameTopic!: boolean;

  @Field(() => Float)
  score!: number;

  threadId!: string;
}
