// The :id path parameter of the import and template routes: a positive whole number that fits their int columns.
import { z } from 'zod';

export const idParam = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});
