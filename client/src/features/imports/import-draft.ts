// What the mapping form works from: a dry run's result, or — when the mapping did not fit the file — what the
// refusal says was read, so the form is always shown and the user fixes the mapping there (never a dead end).
import { z } from 'zod';
import {
  importDetected,
  importMapping,
  type ImportDetected,
  type ImportMapping,
  type ImportResult,
  type ImportTarget,
} from '../../../../contracts/imports';
import { WriteError } from '../../api/session';

export interface ImportDraft {
  target: ImportTarget;
  detected: ImportDetected;
  mapping: ImportMapping;
  suggestedMapping: ImportMapping;
  sample: ImportResult['sample'];
}

const mismatch = z.object({
  code: z.literal('import_mapping_mismatch'),
  detected: importDetected,
  mapping: importMapping,
  suggestedMapping: importMapping,
});

export const draftOfResult = (result: ImportResult): ImportDraft => ({
  target: result.target,
  detected: result.detected,
  mapping: result.mapping,
  suggestedMapping: result.suggestedMapping,
  sample: result.sample,
});

/** The draft a refused dry run carries, or null when the refusal is of another kind. */
export function draftOfRefusal(error: unknown, target: ImportTarget): ImportDraft | null {
  if (!(error instanceof WriteError)) return null;
  const parsed = mismatch.safeParse(error.body);
  return parsed.success ? { target, ...parsed.data, sample: [] } : null;
}
