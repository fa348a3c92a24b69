import DataLoader from 'dataloader';
import { byId, type LoaderFactory } from '../common/loaders/request-loaders';
import { isUuid } from '../common/validation/is-uuid';
import { OrganisationEntity } from './organisation.entity';
import { ORGANISATION_ACTIVITY_SQL } from './organisations.sql';

export interface OrganisationActivity {
  members: number;
  questions: number;
  posts: number;
  officialAnswers: number;
}

/** Organisations by id, through the reference cache (read on nearly every page). */
export const organisationById: LoaderFactory<DataLoader<string, OrganisationEntity | null>> = (ds, refs) =>
  byId(ds, OrganisationEntity, refs && { store: refs, kind: 'organisation' });

/** How an organisation takes part: active members, questions asked, visible posts, official answers. */
export const organisationActivity: LoaderFactory<DataLoader<string, OrganisationActivity>> = (ds) =>
  new DataLoader<string, OrganisationActivity>(async (orgIds) => {
    const rows: (OrganisationActivity & { id: string })[] = await ds.query(ORGANISATION_ACTIVITY_SQL, [
      orgIds.filter(isUuid),
    ]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return orgIds.map((id) => map.get(id) ?? { members: 0, questions: 0, posts: 0, officialAnswers: 0 });
  });
