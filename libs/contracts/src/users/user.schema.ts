import { z } from 'zod';
import { CountryCodeSchema } from '../common/fields.js';

export const Roles = ['member', 'organizer'] as const;
export type Role = (typeof Roles)[number];
export const RoleSchema = z.enum(Roles);

export const PASSWORD_MIN_LENGTH = 10;

export const RegisterSchema = z
  .object({
    email: z.email('must be an e-mail address').max(254),
    name: z.string().trim().min(1, 'is required').max(120),
    password: z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200),
    affiliation: z.string().trim().max(120).nullish(),
    country: CountryCodeSchema.nullish(),
    // Mail is written in it; without it the browser's Accept-Language decides.
    language: z.enum(['en', 'de']).optional(),
  })
  .strict();
export type Register = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) }).strict();
export type Login = z.infer<typeof LoginSchema>;

export const ChangeRoleSchema = z.object({ role: RoleSchema, version: z.number().int().optional() }).strict();
export type ChangeRole = z.infer<typeof ChangeRoleSchema>;

export const UpdateUserSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    affiliation: z.string().trim().max(120).nullish(),
    country: CountryCodeSchema.nullish(),
    // The record carries it, so react-admin sends it back; the account screen may change it too.
    language: z.enum(['en', 'de']).optional(),
    version: z.number().int().nonnegative(),
  })
  .strict();
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

export type User = {
  id: number;
  email: string;
  name: string;
  affiliation: string | null;
  country: string | null;
  role: Role;
  disabled: boolean;
  // Only a verified address receives what was sent to it (co-speaker invitations).
  emailVerified: boolean;
  emailVerifiedAt: string | null;
  // The language mail to the member is written in.
  language: 'en' | 'de';
  version: number;
  createdAt: string;
};

// The secret from a mailed link (e-mail verification, co-speaker invitation).
export const TokenSchema = z.object({ token: z.string().min(20).max(200) }).strict();
export type TokenBody = z.infer<typeof TokenSchema>;
