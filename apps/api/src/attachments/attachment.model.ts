import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** A row of ATTACHMENTS_OF_POSTS_SQL. */
export interface AttachmentRow {
  id: string;
  postId: string;
  name: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
}

@ObjectType('Attachment', { description: 'A checked file attached to a post (or an image shown in it)' })
export class AttachmentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The file name as uploaded' })
  name!: string;

  @Field(() => Int, { description: 'Size in bytes (an image: after scaling)' })
  size!: number;

  @Field({ description: 'The type detected from the content, e.g. application/pdf' })
  contentType!: string;

  @Field({ description: 'Where to download it: /files/<id>/<name> on the forum, for signed-in readers' })
  url!: string;

  @Field(() => Int, { nullable: true, description: 'Images: width in pixels after scaling' })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;
}

export const fileUrl = (id: string, name: string) => `/files/${id}/${encodeURIComponent(name)}`;

export function toAttachmentModel(row: AttachmentRow): AttachmentModel {
  return Object.assign(new AttachmentModel(), {
    id: row.id,
    name: row.name,
    size: Number(row.size),
    contentType: row.contentType,
    url: fileUrl(row.id, row.name),
    width: row.width,
    height: row.height,
  });
}
