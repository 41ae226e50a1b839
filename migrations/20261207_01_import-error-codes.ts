// Each line of an import's report gets the machine code of its check and the code's parameters
// (contracts/problem-codes.ts), so the page words it in Arabic or English; the English message stays for the CSV.
// Lines written before carry only their message: they get the plainest code.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE import_errors ADD COLUMN code text NOT NULL DEFAULT 'invalid_value',
                                            ADD COLUMN params jsonb NOT NULL DEFAULT '{}'`);
  await knex.raw('ALTER TABLE import_errors ALTER COLUMN code DROP DEFAULT');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE import_errors DROP COLUMN params, DROP COLUMN code');
}
