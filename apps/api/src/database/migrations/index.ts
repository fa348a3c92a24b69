import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';
import { Realtime1763900000001 } from './1763900000001-Realtime';
import { Moderation1763900000002 } from './1763900000002-Moderation';
import { Reporting1763900000003 } from './1763900000003-Reporting';
import { Search1763900000004 } from './1763900000004-Search';
import { TopicStats1763900000005 } from './1763900000005-TopicStats';
import { Comforts1763900000006 } from './1763900000006-Comforts';
import { Mail1763900000007 } from './1763900000007-Mail';
import { SearchRecency1763900000008 } from './1763900000008-SearchRecency';
import { NotificationFanout1763900000009 } from './1763900000009-NotificationFanout';
import { QuestionProgress1763900000010 } from './1763900000010-QuestionProgress';
import { Identity1763900000011 } from './1763900000011-Identity';
import { DocumentsAndTags1763900000012 } from './1763900000012-DocumentsAndTags';
import { Knowledge1763900000013 } from './1763900000013-Knowledge';

import { ViewerInvalidation1763900000014 } from './1763900000014-ViewerInvalidation';
import { UnreadCountVersions1763900000015 } from './1763900000015-UnreadCountVersions';
import { AdoptionStatusSince1763900000017 } from './1763900000017-AdoptionStatusSince';
// Listed explicitly (no glob) so the same list works in the compiled app, the CLI and Jest.
export const MIGRATIONS = [
  InitialSchema1763900000000,
  Realtime1763900000001,
  Moderation1763900000002,
  Reporting1763900000003,
  Search1763900000004,
  TopicStats1763900000005,
  Comforts1763900000006,
  Mail1763900000007,
  SearchRecency1763900000008,
  NotificationFanout1763900000009,
  QuestionProgress1763900000010,
  Identity1763900000011,
  DocumentsAndTags1763900000012,
  Knowledge1763900000013,
  ViewerInvalidation1763900000014,
  UnreadCountVersions1763900000015,
  AdoptionStatusSince1763900000017,
];
