import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';
import { Realtime1763900000001 } from './1763900000001-Realtime';

// Listed explicitly (no glob) so the same list works in the compiled app, the CLI and Jest.
export const MIGRATIONS = [InitialSchema1763900000000, Realtime1763900000001];
