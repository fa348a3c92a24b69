import { Field, ID, ObjectType } from '@nestjs/graphql';

export interface TagRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
}

@ObjectType('Tag', {
  description: 'A curated Schlagwort across services (FIT-Connect, XTA/OSCI, …); moderators keep the set',
})
export class TagModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'URL name, e.g. fit-connect (the tag page /schlagwort/<slug>)' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

export const toTagModel = (row: TagRow): TagModel =>
  Object.assign(new TagModel(), { id: row.id, slug: row.slug, name: row.name, description: row.description });
