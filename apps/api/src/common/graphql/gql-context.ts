import type { Request, Response } from 'express';
import type { RequestLoaders } from '../loaders/request-loaders';
import type { Viewer } from './viewer';

export interface GqlContext {
  req: Request & { viewer?: Viewer | null };
  res: Response;
  viewer: Viewer | null;
  loaders: RequestLoaders;
}
