import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { tokenFromRequest } from '../auth/session-token';
import { badInput } from '../common/errors/domain-error';
import { reportToCsv } from './report-csv';
import { ReportService } from './report.service';

function parseDate(value: unknown, name: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime()))
    throw badInput(`"${name}" ist kein gültiges Datum.`, { [name]: 'Datum im Format JJJJ-MM-TT' });
  return date;
}

@Controller()
export class ReportCsvController {
  constructor(
    private readonly auth: AuthService,
    private readonly reports: ReportService,
  ) {}

  /** The report as CSV for spreadsheet programs; authenticated like GraphQL (cookie or bearer token). */
  @Get('report.csv')
  async csv(
    @Req() req: Request,
    @Res() res: Response,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ) {
    const viewer = await this.auth.resolveViewer(
      tokenFromRequest(req.headers, req.cookies as Record<string, string>),
    );
    const report = await this.reports.report(viewer, {
      from: parseDate(from, 'from'),
      to: parseDate(to, 'to'),
    });
    const day = report.generatedAt.toISOString().slice(0, 10);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="kommunalpakt-umsetzungsstand-${day}.csv"`)
      .setHeader('Cache-Control', 'no-store')
      .send(reportToCsv(report));
  }
}
