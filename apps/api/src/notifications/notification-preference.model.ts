import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationType } from '../common/graphql/enums';
import { DIGEST_TYPES } from './notification-defaults';

@ObjectType('NotificationPreference', {
  description:
    'How the viewer is told about one notification type: in the forum, by e-mail, both or not at all',
})
export class NotificationPreferenceModel {
  @Field(() => NotificationType)
  type!: NotificationType;

  @Field({ description: 'Stored and shown in the forum (and pushed live). Off: not stored at all.' })
  inApp!: boolean;

  @Field({ description: 'One e-mail per notification' })
  email!: boolean;

  @Field({
    description:
      'Collected in the daily/weekly digest instead (replies and new questions while e-mail is off and the digest is not NEVER)',
  })
  inDigest!: boolean;
}

export function toNotificationPreferenceModel(
  type: NotificationType,
  pref: { inApp: boolean; email: boolean },
  digestOn: boolean,
): NotificationPreferenceModel {
  return Object.assign(new NotificationPreferenceModel(), {
    type,
    inApp: pref.inApp,
    email: pref.email,
    inDigest: digestOn && pref.inApp && !pref.email && DIGEST_TYPES.includes(type),
  });
}
