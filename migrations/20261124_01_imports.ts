// Imports by the GIS unit: their history, per-row report and before-images (for undo), a schema for
// per-import staging tables, and the SQL helpers validation reads numbers and dates with.
import type { Knex } from 'knex';

/**
 * A number as people type it: Arabic-Indic or Persian digits, the Arabic decimal separator (٫),
 * thousands separators (, ٬ and spaces). NULL when the text is not a number.
 */
const IMPORT_NUMBER = `
CREATE FUNCTION import_number(input text) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN cleaned ~ '^[+-]{0,1}[0-9]{1,15}([.][0-9]*){0,1}$' THEN cleaned::numeric END
    FROM (SELECT regexp_replace(translate(btrim(input), '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫', '01234567890123456789.'),
                                '[,٬\\s]', '', 'g') AS cleaned) AS c
$$`;

/**
 * A date as YYYY-MM-DD (also with / or .), as DD/MM/YYYY (the Egyptian order), or as GDAL writes a DBF
 * date; digits as in import_number. NULL when the text is no date or names a day that does not exist.
 */
const IMPORT_DATE = `
CREATE FUNCTION import_date(input text) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  cleaned text := translate(btrim(input), '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789');
  parts text[];
BEGIN
  parts := regexp_match(cleaned, '^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})([ T].*){0,1}$');
  IF parts IS NOT NULL THEN
    RETURN make_date(parts[1]::int, parts[2]::int, parts[3]::int);
  END IF;
  parts := regexp_match(cleaned, '^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})$');
  IF parts IS NOT NULL THEN
    RETURN make_date(parts[3]::int, parts[2]::int, parts[1]::int);
  END IF;
  RETURN NULL;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
  RETURN NULL;
END
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE SCHEMA import_staging');
  await knex.raw(IMPORT_NUMBER);
  await knex.raw(IMPORT_DATE);

  await knex.schema.createTable('imports', (table) => {
    table.increments('id');
    table.text('target').notNullable().checkIn(['associations', 'governorates', 'districts', 'villages']);
    table.text('status').notNullable().checkIn(['validated', 'committed', 'undone', 'expired']);
    table.text('file_name').notNullable();
    // What was read: format, encoding, srs, geometryType, fields (see contracts/imports.ts).
    table.jsonb('detected').notNullable();
    table.jsonb('mapping').notNullable();
    table.jsonb('suggested_mapping').notNullable();
    table.jsonb('options').notNullable();
    table.jsonb('counts').notNullable();
    table.jsonb('sample').notNullable();
    // Governorates every row had to fall in; NULL means anywhere in Egypt (admins and the shell).
    table.specificType('scope', 'text[]');
    table.integer('created_by').references('users.id').onDelete('SET NULL');
    table.text('created_by_email').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.text('committed_by_email');
    table.timestamp('committed_at', { useTz: true });
    table.text('undone_by_email');
    table.timestamp('undone_at', { useTz: true });
    table.index(['created_at']);
  });

  await knex.schema.createTable('import_errors', (table) => {
    table.integer('import_id').notNullable().references('imports.id').onDelete('CASCADE');
    table.integer('row_no').notNullable(); // 1 = the file's first feature
    table.text('field').notNullable();
    table.text('message').notNullable();
    table.index(['import_id', 'row_no']);
  });

  // One row per live row an import committed: enough to put back exactly what was there.
  await knex.schema.createTable('import_changes', (table) => {
    table.integer('import_id').notNullable().references('imports.id').onDelete('CASCADE');
    table.text('entity').notNullable(); // association | governorate | district | village
    table.text('entity_key').notNullable(); // the id or the code
    table.text('action').notNullable().checkIn(['insert', 'update']);
    table.jsonb('before'); // NULL for an insert
    table.jsonb('after').notNullable(); // compared on undo to find later edits
    table.primary(['import_id', 'entity', 'entity_key']);
  });
  // A commit or an undo fills in the `after` of its own audit entries.
  await knex.raw('CREATE INDEX audit_log_import ON audit_log (import_id) WHERE import_id IS NOT NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX audit_log_import');
  await knex.schema.dropTable('import_changes');
  await knex.schema.dropTable('import_errors');
  await knex.schema.dropTable('imports');
  await knex.raw('DROP FUNCTION import_date(text)');
  await knex.raw('DROP FUNCTION import_number(text)');
  await knex.raw('DROP SCHEMA import_staging CASCADE');
}
