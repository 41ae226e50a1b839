// Reads the associations an export holds: how many match, then the rows in batches by id (keyset paging),
// so an export of any size never holds more than one batch in memory.
import type { Db } from '../../db';
import { applyAssociationFilters, type ResolvedAssociationFilters } from '../associations/association-filters.queries';
import type { ExportField, ExportRow } from './export-fields';

const EXPORT_BATCH_SIZE = 5_000;

/** The select list: each field's SQL under its export name. */
const columnsSql = (fields: readonly ExportField[]) =>
  fields.map((field) => `${field.sql} AS "${field.name}"`).join(',\n       ');

export async function countMatching(db: Db, filters: ResolvedAssociationFilters): Promise<number> {
  const [row] = await db('associations as a')
    .modify((builder) => applyAssociationFilters(builder, filters))
    .count<{ count: number }[]>('* as count');
  return row?.count ?? 0;
}

/** The matching associations in id order, one batch of rows at a time. */
export async function* rowsMatching(
  db: Db,
  filters: ResolvedAssociationFilters,
  fields: readonly ExportField[],
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportRow[]> {
  const columns = db.raw(columnsSql(fields));
  let afterId = 0;
  for (;;) {
    const rows = await db('associations as a')
      .select<ExportRow[]>(columns)
      .modify<ExportRow, ExportRow[]>((builder) => applyAssociationFilters(builder, filters))
      .where('a.id', '>', afterId)
      .orderBy('a.id')
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    afterId = Number(rows[rows.length - 1]?.id);
  }
}
