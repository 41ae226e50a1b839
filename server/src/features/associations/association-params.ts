// Request pieces shared by the association routes: the :id path parameter and the version's ETag.
import { z } from 'zod';

export const idParam = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'must be a positive whole number')
    .transform(Number),
});

export const etagOf = (version: number) => `"${version}"`;
