import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DgsVideo', {
  description:
    'A video in Deutsche Gebärdensprache supplied by the operator (DGS_VIDEO_URL or DATA_DIR/dgs/)',
})
export class DgsVideoModel {
  @Field({ description: 'From the file name' })
  title!: string;

  @Field({ description: 'Absolute URL or a path on this origin (/dgs/<file>)' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'MIME type, e.g. video/mp4' })
  contentType!: string | null;

  @Field(() => String, { nullable: true, description: 'WebVTT captions of the same name, if supplied' })
  captionsUrl!: string | null;
}
