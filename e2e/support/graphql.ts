import { expect, type APIRequestContext } from '@playwright/test';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POST /graphql as JSON (Apollo's CSRF prevention accepts JSON requests); fails on GraphQL errors. */
export async function gql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await request.post('/graphql', {
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    data: { query, variables },
  });
  expect(res.ok(), `GraphQL HTTP ${res.status()}`).toBeTruthy();
  const body = (await res.json()) as GraphQLResponse<T>;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** Signs in over the API and returns the bearer token. */
export async function apiLogin(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    request,
    'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password } },
  );
  return data.login.token;
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Kommunalpakt-Demo-2026';

export const DEMO = {
  kommune: 'kommune@demo.example',
  land: 'land@demo.example',
  moderator: 'moderator@demo.example',
  admin: 'admin@demo.example',
} as const;
