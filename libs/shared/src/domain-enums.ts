// Domain enums shared by API and web. Values equal the GraphQL enum names of the public contract.

export enum OrganisationKind {
  KOMMUNE = 'KOMMUNE',
  LAND = 'LAND',
  BUND = 'BUND',
  FITKO = 'FITKO',
  SPITZENVERBAND = 'SPITZENVERBAND',
  IT_DIENSTLEISTER = 'IT_DIENSTLEISTER',
}

export enum Role {
  USER = 'USER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}

export enum ThreadState {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

export enum NotificationType {
  REPLY = 'REPLY',
  NEW_THREAD = 'NEW_THREAD',
  MENTION = 'MENTION',
  OFFICIAL_ANSWER = 'OFFICIAL_ANSWER',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  FLAG = 'FLAG',
  MODERATION = 'MODERATION',
  ACCOUNT = 'ACCOUNT',
}

export enum WatchTarget {
  BOARD = 'BOARD',
  TOPIC = 'TOPIC',
  THREAD = 'THREAD',
}

export enum WatchLevel {
  WATCHING = 'WATCHING',
  MUTED = 'MUTED',
  NONE = 'NONE',
}

export enum FlagState {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

/**
 * What people see as the status of a question, the same everywhere (lists, thread page, search, report):
 * Offen → Landesantwort liegt vor → Gelöst, or Geschlossen. Derived from ThreadState and the first visible
 * official Land answer (see apps/api/src/threads/thread-progress.ts).
 */
export enum QuestionProgress {
  OPEN = 'OPEN',
  LAND_ANSWERED = 'LAND_ANSWERED',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}

/** Adoption of an EfA service by a Kommune; NONE (in setAdoption) removes the record. */
export enum AdoptionStatus {
  USES = 'USES',
  IN_PROGRESS = 'IN_PROGRESS',
  PLANNED = 'PLANNED',
  NONE = 'NONE',
}
