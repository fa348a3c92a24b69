import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';

// Listed explicitly (no glob) so the same list works in the compiled app, the CLI and Jest.
export const MIGRATIONS = [InitialSchema1763900000000];
