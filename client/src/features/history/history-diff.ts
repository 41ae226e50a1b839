// Field-level differences between two snapshots of an association, and a short text for any value in them.
import type { Language } from '../../i18n/i18n';

/** Bookkeeping that changes with every write and says nothing to a reader. */
const IGNORED = new Set(['id', 'version', 'updatedAt', 'createdAt', 'intlCoop', 'source']);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((field) => !IGNORED.has(field));
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field, before: old[field] ?? null, after: now[field] ?? null }));
}

/** Names for labelled things, "name ×3" for quantities, coordinates for points, the value itself otherwise. */
export function describe(value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((item) => describe(item, language)).join('، ') || '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'object') return '—'; // values come from JSON: no function or symbol reaches here
  const record = value as Record<string, unknown>;
  if (record.type === 'Point' && Array.isArray(record.coordinates)) return record.coordinates.join(', ');
  const name =
    language === 'en' && typeof record.nameEn === 'string'
      ? record.nameEn
      : (record.nameAr ?? record.name ?? record.titleAr);
  if (typeof name === 'string') return typeof record.quantity === 'number' ? `${name} ×${record.quantity}` : name;
  return Object.entries(record)
    .filter(([, item]) => item !== null)
    .map(([key, item]) => `${key}: ${describe(item, language)}`)
    .join('; ');
}
