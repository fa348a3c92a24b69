import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { tokenFromRequest } from '../auth/session-token';
import { exportToHtml } from './data-export-html';
import { DataExportService, exportToJson, type DataExport } from './data-export.service';

/** "Meine Daten herunterladen" as files; authenticated like GraphQL (cookie or bearer token). */
@Controller('me')
export class DataExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly dataExport: DataExportService,
  ) {}

  @Get('export.json')
  async json(@Req() req: Request, @Res() res: Response) {
    const data = await this.load(req);
    this.send(res, data, 'application/json; charset=utf-8', 'json', exportToJson(data));
  }

  @Get('export.html')
  async html(@Req() req: Request, @Res() res: Response) {
    const data = await this.load(req);
    this.send(res, data, 'text/html; charset=utf-8', 'html', exportToHtml(data));
  }

  private async load(req: Request): Promise<DataExport> {
    const viewer = await this.auth.resolveViewer(
      tokenFromRequest(req.headers, req.cookies as Record<string, string>),
    );
    return this.dataExport.export(viewer);
  }

  private send(res: Response, data: DataExport, type: string, ext: string, body: string) {
    const day = data.exportedAt.toISOString().slice(0, 10);
    res
      .status(200)
      .type(type)
      .setHeader('Content-Disposition', `attachment; filename="meine-daten-forum-kommunalpakt-${day}.${ext}"`)
      .setHeader('Cache-Control', 'no-store')
      .send(body);
  }
}
