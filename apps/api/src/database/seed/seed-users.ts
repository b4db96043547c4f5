import type { Role } from '@summitdesk/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/passwords.js';
import { UserEntity } from '../../users/user.entity.js';

export const DEMO_PASSWORD = 'xen-booth-banner-2027';

type DemoUser = { email: string; name: string; role: Role; affiliation: string | null; country: string | null };

// From the community newsletter: the organizer, active members, the Korean volunteer at SCALE,
// and the Xen Summit program committee.
export const demoUsers: DemoUser[] = [
  { email: 'organizer@summitdesk.test', name: 'Stephen Spector', role: 'organizer', affiliation: 'Citrix', country: 'US' },
  { email: 'pasi@summitdesk.test', name: 'Pasi Kärkkäinen', role: 'member', affiliation: null, country: 'FI' },
  { email: 'heechul@summitdesk.test', name: 'Heechul Kim', role: 'member', affiliation: null, country: 'KR' },
  { email: 'konrad@summitdesk.test', name: 'Konrad Rzeszutek Wilk', role: 'member', affiliation: 'Oracle', country: 'US' },
  { email: 'fajar@summitdesk.test', name: 'Fajar A. Nugraha', role: 'member', affiliation: null, country: 'ID' },
  { email: 'daniel@summitdesk.test', name: 'Daniel Stodden', role: 'member', affiliation: 'Citrix', country: 'US' },
  { email: 'anil@summitdesk.test', name: 'Anil Madhavapeddy', role: 'member', affiliation: 'University of Cambridge', country: 'GB' },
  { email: 'dan@summitdesk.test', name: 'Dan Magenheimer', role: 'member', affiliation: 'Oracle', country: 'US' },
  { email: 'boris@summitdesk.test', name: 'Boris Quiroz', role: 'member', affiliation: null, country: 'CL' },
  { email: 'jose@summitdesk.test', name: 'Jose Renato G Santos', role: 'member', affiliation: 'HP Labs', country: 'US' },
  { email: 'hitoshi@summitdesk.test', name: 'Hitoshi Oi', role: 'member', affiliation: 'University of Aizu', country: 'JP' },
  { email: 'sangbum@summitdesk.test', name: 'Sang-bum Suh', role: 'member', affiliation: 'Samsung', country: 'KR' },
  { email: 'patrick@summitdesk.test', name: 'Patrick Colp', role: 'member', affiliation: 'University of British Columbia', country: 'CA' },
  { email: 'justin@summitdesk.test', name: 'Justin Ryan', role: 'member', affiliation: null, country: 'US' },
  { email: 'tim@summitdesk.test', name: 'Tim Mueting', role: 'member', affiliation: 'AMD', country: 'US' },
];

export async function seedUsers(dataSource: DataSource): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ ...user, passwordHash, emailVerifiedAt: new Date() })
      .orIgnore()
      .execute();
  }
  // The demo addresses are ours: they count as verified, also in a database seeded before verification existed.
  await dataSource.query(`UPDATE app_user SET email_verified_at = now() WHERE email = ANY($1) AND email_verified_at IS NULL`, [
    demoUsers.map((user) => user.email),
  ]);
}
