// Replies that had no schema of their own: health, vocabularies, an association's history, the user list.
import { z } from 'zod';
import { currentUser } from './auth';

export const healthStatus = z.object({ status: z.enum(['ok', 'ready']) });

const vocabularyEntry = z.object({ code: z.string(), nameAr: z.string(), nameEn: z.string() });
export const vocabularies = z.object({ sectors: z.array(vocabularyEntry), resources: z.array(vocabularyEntry) });

/** One audited change; `actorEmail` is null unless the reader may see who changed it. */
export const historyEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.enum(['create', 'update', 'delete', 'import', 'undo']),
  actorEmail: z.string().nullable(),
  importId: z.number().int().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

export const userSummary = currentUser.extend({ disabled: z.boolean(), lastLoginAt: z.string().nullable() });
