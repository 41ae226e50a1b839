// Accounts and roles: login input, the signed-in user, and user management input.
import { z } from 'zod';
import { governorateCode } from './codes';

export const ROLES = ['coordinator', 'official', 'gis', 'admin'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** Emails are compared and stored in lower case. */
const email = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());

export const loginInput = z.strictObject({
  email,
  password: z.string().min(1, 'is required').max(1024),
});

export const currentUser = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string().nullable(),
  role,
  governorates: z.array(z.string()),
  associationId: z.number().int().nullable(),
});
export type CurrentUser = z.infer<typeof currentUser>;

/** What GET /api/auth/me answers: the user (or null for the public) and the CSRF token for writes. */
export const session = z.object({
  user: currentUser.nullable(),
  csrfToken: z.string().nullable(),
});

export const PASSWORD_MIN_LENGTH = 10;

export const userInput = z.strictObject({
  email,
  name: z.string().trim().max(200).nullable().optional(),
  password: z.string().min(PASSWORD_MIN_LENGTH, `needs at least ${PASSWORD_MIN_LENGTH} characters`).max(1024),
  role,
  governorates: z.array(governorateCode).max(27).default([]),
  associationId: z.number().int().positive().nullable().optional(),
});
export type UserInput = z.infer<typeof userInput>;

export const userUpdate = userInput.partial().extend({ disabled: z.boolean().optional() });
export type UserUpdate = z.infer<typeof userUpdate>;

/** The header that carries the CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
