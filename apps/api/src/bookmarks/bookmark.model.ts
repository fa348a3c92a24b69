import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection.model';

@ObjectType('Bookmark', { description: 'A thread the viewer keeps for later ("Lesezeichen")' })
export class BookmarkModel {
  @Field()
  createdAt!: Date;

  /** The bookmarked thread, or the one it was merged into. */
  threadId!: string;
}

export const BookmarkConnection = ConnectionType(BookmarkModel, 'Bookmark');
