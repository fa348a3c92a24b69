import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { apiLogin, DEMO, gql } from './graphql';

export type Visitor = 'guest' | keyof typeof DEMO;

/** Every page of the web app, with who opens it; `:params` are filled from the demo data. */
export const PAGES: Array<{ path: string; as: Visitor }> = [
  { path: '/', as: 'guest' },
  { path: '/registrieren', as: 'guest' },
  { path: '/passwort-vergessen', as: 'guest' },
  { path: '/passwort-zuruecksetzen?token=abgelaufen', as: 'guest' },
  { path: '/e-mail-bestaetigen?token=unbekannt', as: 'guest' },
  { path: '/impressum', as: 'guest' },
  { path: '/datenschutz', as: 'guest' },
  { path: '/barrierefreiheit', as: 'guest' },
  { path: '/leichte-sprache', as: 'guest' },
  { path: '/gebaerdensprache', as: 'guest' },
  { path: '/bereiche', as: 'kommune' },
  { path: '/bereiche/:slug', as: 'kommune' },
  { path: '/themen/:topicId', as: 'kommune' },
  { path: '/themen/:topicId/neue-frage', as: 'kommune' },
  { path: '/themen/:topicId/steckbrief', as: 'kommune' },
  { path: '/fragen/:threadId', as: 'moderator' },
  { path: '/benachrichtigungen', as: 'land' },
  { path: '/profil', as: 'kommune' },
  { path: '/nutzer/:userId', as: 'kommune' },
  { path: '/mein-land', as: 'land' },
  { path: '/meine-fragen', as: 'kommune' },
  { path: '/schlagwort/:tagSlug', as: 'kommune' },
  { path: '/umsetzungsstand', as: 'kommune' },
  { path: '/organisationen/:id', as: 'kommune' },
  { path: '/kommunen', as: 'kommune' },
  { path: '/suche?q=Anbindung', as: 'kommune' },
  { path: '/neueste', as: 'kommune' },
  { path: '/unbeantwortet', as: 'land' },
  { path: '/merkliste', as: 'kommune' },
  { path: '/einstellungen', as: 'kommune' },
  { path: '/praesentation', as: 'kommune' },
  { path: '/moderation/pruefliste', as: 'moderator' },
  { path: '/moderation/freischaltungen', as: 'moderator' },
  { path: '/moderation/schlagwoerter', as: 'moderator' },
  { path: '/moderation/audit-log', as: 'moderator' },
  { path: '/verwaltung/bereiche', as: 'admin' },
  { path: '/verwaltung/bereiche/:slug', as: 'admin' },
  { path: '/verwaltung/bereiche/:slug/themen/neu', as: 'admin' },
  { path: '/verwaltung/themen/:topicId', as: 'admin' },
  { path: '/verwaltung/suchbegriffe', as: 'admin' },
  { path: '/verwaltung/e-mail-domains', as: 'admin' },
  { path: '/verwaltung/identitaetsanbieter', as: 'admin' },
  { path: '/gibt-es-nicht', as: 'kommune' },
];

/** The `path:` strings of the web app's route tables, to prove that PAGES misses none. */
export function declaredRoutePaths(): string[] {
  const web = path.resolve(__dirname, '../../apps/web/src');
  const files = [
    path.join(web, 'app/routes.tsx'),
    ...fs
      .readdirSync(path.join(web, 'features'))
      .map((f) => path.join(web, 'features', f, 'routes.tsx'))
      .filter((f) => fs.existsSync(f)),
  ];
  return files.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/path: '([^']+)'/g)].map((m) => m[1] as string),
  );
}

export interface DemoIds {
  slug: string;
  topicId: string;
  threadId: string;
  userId: string;
  id: string;
  /** A seeded tag (apps/api/src/seed/data/tags.json). */
  tagSlug: string;
}

/** Ids of a busy topic, one of its threads, and the Kommune demo user and organisation. */
export async function demoIds(request: APIRequestContext): Promise<DemoIds> {
  const token = await apiLogin(request, DEMO.kommune);
  const { boards, me } = await gql<{
    boards: Array<{ slug: string; topics: Array<{ id: string; threadCount: number }> }>;
    me: { id: string; organisation: { id: string } };
  }>(request, '{ boards { slug topics { id threadCount } } me { id organisation { id } } }', {}, token);
  const topics = boards.flatMap((b) => b.topics.map((t) => ({ ...t, slug: b.slug })));
  const busiest = topics.sort((a, b) => b.threadCount - a.threadCount)[0];
  if (!busiest) throw new Error('the demo data has no topics');
  const { topic } = await gql<{ topic: { threads: { edges: Array<{ node: { id: string } }> } } }>(
    request,
    'query($id: ID!) { topic(id: $id) { threads(first: 1) { edges { node { id } } } } }',
    { id: busiest.id },
    token,
  );
  const threadId = topic.threads.edges[0]?.node.id;
  if (!threadId) throw new Error('the busiest topic has no threads');
  return {
    slug: busiest.slug,
    topicId: busiest.id,
    threadId,
    userId: me.id,
    id: me.organisation.id,
    tagSlug: 'fit-connect',
  };
}

export function fillPath(template: string, ids: DemoIds): string {
  return template.replace(/:(\w+)/g, (_, key: keyof DemoIds) => encodeURIComponent(ids[key]));
}
