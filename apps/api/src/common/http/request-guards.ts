import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

// A percent-encoded NUL or other C0 control character (tab, line feed and carriage return excepted) in
// the path or query string: no REST endpoint takes one, and PostgreSQL cannot store NUL.
const ENCODED_CONTROL = /%(0[0-8bcef]|1[0-9a-f]|7f)/i;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** The REST side of the input rule (GraphQL has common/graphql/input-guard.ts): 400 before any handler. */
export function refuseControlCharacters(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (ENCODED_CONTROL.test(req.url) || RAW_CONTROL.test(req.url)) {
      res.status(400).type('text/plain').send('Bad Request: invalid characters in the URL');
      return;
    }
    next();
  };
}

/** The cookie the load balancer routes by (docker/nginx.conf: `hash $cookie_forum_route consistent`). */
export const ROUTING_COOKIE = 'forum_route';

/**
 * Gives every browser a random routing key with its first response, before its socket connects: behind
 * several API instances, nginx keeps one browser's Socket.IO long-polling requests on one instance by this
 * key instead of by client address (thousands of municipal users share a few proxy addresses). It carries
 * nothing about the person (technically necessary, § 25 Abs. 2 TDDDG) and is renewed when missing.
 */
export function routingCookie(secure: boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const cookies = req.cookies as Record<string, string> | undefined;
    if (!cookies?.[ROUTING_COOKIE] && req.path !== '/health' && req.path !== '/metrics') {
      res.cookie(ROUTING_COOKIE, randomBytes(12).toString('base64url'), {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: 365 * 24 * 3_600_000,
      });
    }
    next();
  };
}
