import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationType } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { defaultPreference, DigestFrequency } from './notification-defaults';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import {
  type NotificationPreferenceModel,
  toNotificationPreferenceModel,
} from './notification-preference.model';
import {
  DIGEST_FREQUENCY_SQL,
  DIGEST_OFF_SQL,
  EMAIL_OFF_SQL,
  SET_DIGEST_FREQUENCY_SQL,
  SET_PREFERENCE_SQL,
} from './notifications.sql';

/** Notification preferences per type and channel, and the digest frequency (users.digest_frequency). */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Every type with the viewer's effective choice (stored row or the type's default). */
  async list(viewer: Viewer | null): Promise<NotificationPreferenceModel[]> {
    const me = requireActive(viewer);
    const [rows, frequency] = await Promise.all([
      this.ds.getRepository(NotificationPreferenceEntity).findBy({ userId: me.id }),
      this.frequencyOf(me.id),
    ]);
    const byType = new Map(rows.map((r) => [r.type, r]));
    return Object.values(NotificationType).map((type) =>
      toNotificationPreferenceModel(
        type,
        byType.get(type) ?? defaultPreference(type),
        frequency !== DigestFrequency.NEVER,
      ),
    );
  }

  async set(
    viewer: Viewer | null,
    type: NotificationType,
    inApp: boolean,
    email: boolean,
  ): Promise<NotificationPreferenceModel> {
    const me = requireActive(viewer);
    await this.ds.query(SET_PREFERENCE_SQL, [me.id, type, inApp, email]);
    const frequency = await this.frequencyOf(me.id);
    return toNotificationPreferenceModel(type, { inApp, email }, frequency !== DigestFrequency.NEVER);
  }

  async digestFrequency(viewer: Viewer | null): Promise<DigestFrequency> {
    return this.frequencyOf(requireActive(viewer).id);
  }

  async setDigestFrequency(viewer: Viewer | null, frequency: DigestFrequency): Promise<DigestFrequency> {
    const me = requireActive(viewer);
    await this.ds.query(SET_DIGEST_FREQUENCY_SQL, [me.id, frequency]);
    return frequency;
  }

  /** One-click unsubscribe (signed link, no session): the e-mail channel of one category goes off. */
  async unsubscribe(userId: string, category: NotificationType | 'DIGEST'): Promise<void> {
    if (category === 'DIGEST') {
      await this.ds.query(DIGEST_OFF_SQL, [userId]);
      return;
    }
    // Keeps the in-app choice; a person without a row gets the type's in-app default.
    await this.ds.query(EMAIL_OFF_SQL, [userId, category, defaultPreference(category).inApp]);
  }

  private async frequencyOf(userId: string): Promise<DigestFrequency> {
    const [row]: { digest_frequency: DigestFrequency }[] = await this.ds.query(DIGEST_FREQUENCY_SQL, [
      userId,
    ]);
    return row?.digest_frequency ?? DigestFrequency.WEEKLY;
  }
}
