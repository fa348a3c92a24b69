import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { notFound } from '../common/errors/domain-error';
import { FeedsService, isScopedFeedKind } from './feeds.service';

const ATOM = 'application/atom+xml; charset=utf-8';
const FILE = /^([0-9a-f-]{36})\.atom$/i;

/**
 * GET /feeds/{board|topic|tag}/<uuid>.atom?token=… and /feeds/mein-land.atom?token=…: served by the API before
 * the web app's index.html fallback (feed readers send Accept: *\/*). The token is a personal feed token
 * (settings page), never the session token; the response is private and not cached by proxies.
 */
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('mein-land.atom')
  async meinLand(@Query('token') token: unknown, @Res() res: Response) {
    this.send(res, await this.feeds.atom('mein-land', null, token));
  }

  @Get(':kind/:file')
  async scoped(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('token') token: unknown,
    @Res() res: Response,
  ) {
    const match = FILE.exec(file);
    if (!isScopedFeedKind(kind) || !match) throw notFound('Der Feed');
    this.send(res, await this.feeds.atom(kind, match[1].toLowerCase(), token));
  }

  private send(res: Response, xml: string) {
    res
      .status(200)
      .type(ATOM)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Referrer-Policy', 'no-referrer')
      .send(xml);
  }
}
