import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { EmailConfirmationService } from './email-confirmation.service';
import { CATEGORY_LABELS } from './mail-categories';
import { verifyUnsubscribe } from './mail-tokens';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import { mailPage, newLinkForm } from './templates/pages';

/**
 * The links in mails: one-click unsubscribe (GET from the footer, POST from mail clients via
 * List-Unsubscribe-Post, RFC 8058) and the confirmation of a registration's e-mail address. Both work
 * without a session; the signed token is the authorisation.
 */
@Controller('mail')
export class MailController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly preferences: NotificationPreferencesService,
    private readonly confirmation: EmailConfirmationService,
  ) {}

  @Get('unsubscribe')
  unsubscribeLink(@Req() req: Request, @Res() res: Response, @Query('token') token?: string) {
    return this.unsubscribe(req, res, token);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  unsubscribeOneClick(@Req() req: Request, @Res() res: Response, @Query('token') token?: string) {
    return this.unsubscribe(req, res, token);
  }

  @Get('confirm')
  async confirm(@Req() req: Request, @Res() res: Response, @Query('token') token?: string) {
    // Link checkers that only probe (HEAD) must not confirm.
    if (req.method === 'HEAD') return this.page(res, 200, 'E-Mail-Adresse bestätigen', []);
    const outcome = await this.confirmation.confirm(token);
    switch (outcome) {
      case 'CONFIRMED':
        return this.page(res, 200, 'E-Mail-Adresse bestätigt', [
          'Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.',
          'Falls Ihr Konto noch freigeschaltet werden muss, prüft die Moderation jetzt Ihren Antrag. Wir benachrichtigen Sie per E-Mail, sobald Sie sich anmelden können.',
        ]);
      case 'ALREADY_CONFIRMED':
        return this.page(res, 200, 'E-Mail-Adresse bereits bestätigt', [
          'Diese E-Mail-Adresse wurde schon bestätigt. Sie müssen nichts weiter tun.',
        ]);
      case 'EXPIRED':
        return this.page(
          res,
          400,
          'Link abgelaufen',
          [
            'Dieser Bestätigungslink ist älter als 48 Stunden und nicht mehr gültig.',
            'Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen einen neuen Link.',
          ],
          newLinkForm,
        );
      case 'INVALID':
        return this.page(res, 400, 'Link ungültig', [
          'Dieser Bestätigungslink ist ungültig. Bitte kopieren Sie den Link vollständig aus der E-Mail.',
        ]);
    }
  }

  @Post('confirm/new')
  @HttpCode(200)
  async newConfirmationLink(@Res() res: Response, @Body() body: { email?: unknown }) {
    try {
      await this.confirmation.requestNewLink(typeof body?.email === 'string' ? body.email : '');
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      return this.page(res, 400, 'E-Mail-Adresse ungültig', [err.message], newLinkForm);
    }
    return this.page(res, 200, 'Neuer Link unterwegs', [
      'Wenn zu dieser Adresse eine unbestätigte Registrierung gehört, haben wir einen neuen Bestätigungslink geschickt. Er ist 48 Stunden gültig.',
    ]);
  }

  private async unsubscribe(req: Request, res: Response, token: string | undefined) {
    const claim = verifyUnsubscribe(this.config.mailSecret, token);
    if (!claim) {
      return this.page(res, 400, 'Link ungültig', [
        'Dieser Abmeldelink ist ungültig. Sie können Ihre E-Mail-Einstellungen nach der Anmeldung im Profil ändern.',
      ]);
    }
    if (req.method !== 'HEAD') await this.preferences.unsubscribe(claim.userId, claim.category);
    return this.page(res, 200, 'E-Mails abbestellt', [
      `Sie erhalten keine E-Mails mehr zu ${CATEGORY_LABELS[claim.category]}.`,
      'Benachrichtigungen im Forum bleiben unverändert. Sie können Ihre Auswahl jederzeit in Ihrem Profil ändern.',
    ]);
  }

  private page(res: Response, status: number, title: string, paragraphs: string[], formHtml?: string) {
    res
      .status(status)
      .type('text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .send(mailPage({ title, paragraphs, homeUrl: `${this.config.publicUrl}/`, formHtml }));
  }
}
