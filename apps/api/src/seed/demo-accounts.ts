import { Role } from '@forum/shared';

/** The four demo logins of PRODUCT.md; all share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS = [
  {
    key: 'demo:kommune',
    email: 'kommune@demo.example',
    displayName: 'Julia Berger',
    role: Role.USER,
    org: { kommune: '06414000' },
  },
  {
    key: 'demo:land',
    email: 'land@demo.example',
    displayName: 'Thomas Wagner',
    role: Role.USER,
    org: { land: 'HE' },
  },
  {
    key: 'demo:moderator',
    email: 'moderator@demo.example',
    displayName: 'Moderation FITKO',
    role: Role.MODERATOR,
    org: { other: 'FITKO' },
  },
  {
    key: 'demo:admin',
    email: 'admin@demo.example',
    displayName: 'Administration Forum',
    role: Role.ADMIN,
    org: { other: 'FITKO' },
  },
] as const;
