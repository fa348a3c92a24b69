import type { EntityManager } from 'typeorm';
import type { ServiceProfileSnapshot } from './service-profile.model';
import type { TopicEntity } from './topic.entity';
import { INSERT_PROFILE_REVISION_SQL } from './topics.sql';

/** The topic fields that make up a Steckbrief; a change to any of them is versioned. */
export const PROFILE_FIELDS = [
  'description',
  'serviceStatus',
  'contactRole',
  'reuseLinks',
  'standards',
  'leadLandId',
  'ozgId',
  'leikaKey',
  'link',
] as const satisfies readonly (keyof ServiceProfileSnapshot)[];

export function profileSnapshot(topic: TopicEntity): ServiceProfileSnapshot {
  return {
    description: topic.description,
    serviceStatus: topic.serviceStatus,
    contactRole: topic.contactRole,
    reuseLinks: topic.reuseLinks,
    standards: topic.standards,
    leadLandId: topic.leadLandId,
    ozgId: topic.ozgId,
    leikaKey: topic.leikaKey,
    link: topic.link,
  };
}

/**
 * Stamps the topic with who changed its Steckbrief and when, and appends the new state to the history,
 * when any Steckbrief field is among `changedFields`. Runs inside the caller's transaction.
 */
export async function recordProfileRevision(
  manager: EntityManager,
  topic: TopicEntity,
  editorId: string,
  changedFields: readonly string[],
): Promise<void> {
  const profileChanges = changedFields.filter((f) => (PROFILE_FIELDS as readonly string[]).includes(f));
  if (!profileChanges.length) return;
  const rows: { created_at: Date }[] = await manager.query(INSERT_PROFILE_REVISION_SQL, [
    topic.id,
    editorId,
    profileChanges,
    JSON.stringify(profileSnapshot(topic)),
  ]);
  topic.profileUpdatedAt = rows[0].created_at;
  topic.profileUpdatedById = editorId;
}
