import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../posts/markdown-renderer';
import demoKnowledge from './data/demo-knowledge.json';
import serviceSynonyms from './data/service-synonyms.json';

interface DemoProfile {
  service: string;
  status: string;
  contactRole: string;
  standards: string[];
  links: { model: string; label: string; url: string }[];
}
interface DemoAdoption {
  service: string;
  ags: string;
  status: string;
  model: string;
  daysAgo?: number;
  daysAhead?: number;
}

/** An accepted answer of a demo thread: the source of a demo FAQ entry. */
export interface AcceptedDemoAnswer {
  topic: string;
  question: string;
  postId: string;
  body: string;
}

const DAY = 86_400_000;
const FAQ_ENTRIES = 8;

/**
 * The knowledge part of the demo (issue 20): the everyday words of every service, Steckbriefe for a few
 * services (with a first version in their history), FAQ entries from accepted answers, and adoption
 * records of the demo Kommunen, so that the AL-Runde demo shows all of it.
 */
export async function seedDemoKnowledge(
  m: EntityManager,
  refs: {
    now: Date;
    topicIds: Map<string, string>;
    topicLead: Map<string, string | null>;
    userIds: Map<string, string>;
    accepted: AcceptedDemoAnswer[];
  },
): Promise<void> {
  const { now, topicIds, topicLead, userIds } = refs;
  for (const [service, terms] of Object.entries(serviceSynonyms)) {
    const topicId = topicIds.get(service);
    if (!topicId || !Array.isArray(terms)) continue;
    for (const term of terms)
      await m.query(
        `INSERT INTO service_synonyms (topic_id, term) VALUES ($1, $2) ON CONFLICT (topic_id, forum_fold(term)) DO NOTHING`,
        [topicId, term],
      );
  }

  // A Steckbrief is written by its lead Land's representative (the demo author "land:<code>").
  const landCodes: { id: string; code: string }[] = await m.query(
    `SELECT id, code FROM organisations WHERE kind = 'LAND'`,
  );
  const codeOf = new Map(landCodes.map((r) => [r.id, r.code]));
  const leadRepresentative = (service: string) => {
    const leadId = topicLead.get(service);
    return leadId ? userIds.get(`land:${codeOf.get(leadId)}`) : undefined;
  };

  for (const p of demoKnowledge.profiles as DemoProfile[]) {
    const topicId = topicIds.get(p.service);
    if (!topicId) throw new Error(`Demo Steckbrief for unknown service ${p.service}`);
    const editorId = leadRepresentative(p.service) ?? userIds.get('demo:moderator')!;
    const at = new Date(now.getTime() - 20 * DAY);
    const [topic]: { description: string | null; lead_land_id: string | null }[] = await m.query(
      'SELECT description, lead_land_id FROM topics WHERE id = $1',
      [topicId],
    );
    const links = JSON.stringify(p.links);
    await m.query(
      `UPDATE topics SET service_status = $2, contact_role = $3, standards = $4, reuse_links = $5::jsonb,
              profile_updated_at = $6, profile_updated_by_id = $7 WHERE id = $1`,
      [topicId, p.status, p.contactRole, p.standards, links, at, editorId],
    );
    await m.query(
      `INSERT INTO service_profile_revisions (topic_id, editor_id, changed_fields, snapshot, created_at)
       VALUES ($1, $2, $3, $4::jsonb, $5)`,
      [
        topicId,
        editorId,
        ['serviceStatus', 'contactRole', 'reuseLinks', 'standards'],
        JSON.stringify({
          description: topic.description,
          serviceStatus: p.status,
          contactRole: p.contactRole,
          reuseLinks: p.links,
          standards: p.standards,
          leadLandId: topic.lead_land_id,
          ozgId: null,
          leikaKey: null,
          link: null,
        }),
        at,
      ],
    );
  }

  // FAQ: the accepted answers of the services' threads (general boards have no FAQ), promoted by moderation.
  const positions = new Map<string, number>();
  for (const a of refs.accepted.filter((x) => !x.topic.startsWith('board:')).slice(0, FAQ_ENTRIES)) {
    const topicId = topicIds.get(a.topic)!;
    const position = positions.get(topicId) ?? 0;
    positions.set(topicId, position + 1);
    await m.query(
      `INSERT INTO faq_entries (topic_id, source_post_id, question, answer, answer_html, position, promoted_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        topicId,
        a.postId,
        a.question,
        a.body,
        renderMarkdown(a.body),
        position,
        userIds.get('demo:moderator'),
        new Date(now.getTime() - 5 * DAY),
      ],
    );
  }

  for (const a of demoKnowledge.adoptions as DemoAdoption[]) {
    const topicId = topicIds.get(a.service);
    if (!topicId) throw new Error(`Demo adoption for unknown service ${a.service}`);
    // The demo login of Wiesbaden records its own Kommune; the others by their Kommune's author.
    const recorder = a.ags === '06414000' ? userIds.get('demo:kommune') : userIds.get(`kommune:${a.ags}`);
    if (!recorder) throw new Error(`Demo adoption for unknown Kommune ${a.ags}`);
    const since =
      a.daysAgo !== undefined
        ? new Date(now.getTime() - a.daysAgo * DAY)
        : a.daysAhead !== undefined
          ? new Date(now.getTime() + a.daysAhead * DAY)
          : null;
    await m.query(
      `INSERT INTO adoptions (organisation_id, topic_id, status, model, since, recorded_by_id, updated_at, status_since)
       SELECT u.organisation_id, $2, $3, $4, $5, u.id, $6, $6 FROM users u WHERE u.id = $1`,
      [recorder, topicId, a.status, a.model, since, new Date(now.getTime() - 10 * DAY)],
    );
  }
}
