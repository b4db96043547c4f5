import type { Role } from '@summitdesk/contracts';

// Who is calling, as the JWT strategy loads it on every request.
export type AuthUser = { id: number; email: string; name: string; role: Role };
