// What hangs off an association: sectors, resources, international programmes, links, success stories.
import type { Knex } from 'knex';

/** Keeps associations.intl_coop equal to "has at least one active programme". */
const REFRESH_INTL_COOP = `
CREATE FUNCTION refresh_intl_coop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE associations a
     SET intl_coop = EXISTS (SELECT 1 FROM intl_programmes p WHERE p.association_id = a.id AND p.status = 'active')
   WHERE a.id IN (SELECT association_id FROM changed_rows);
  RETURN NULL;
END
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('association_sectors', (table) => {
    table.integer('association_id').notNullable().references('associations.id').onDelete('CASCADE');
    table.text('sector_code').notNullable().references('sectors.code').onUpdate('CASCADE');
    table.primary(['association_id', 'sector_code']);
    table.index(['sector_code', 'association_id']);
  });
  await knex.schema.createTable('association_resources', (table) => {
    table.integer('association_id').notNullable().references('associations.id').onDelete('CASCADE');
    table.text('resource_code').notNullable().references('resource_types.code').onUpdate('CASCADE');
    table.integer('quantity').notNullable().defaultTo(1);
    table.primary(['association_id', 'resource_code']);
    table.index(['resource_code', 'quantity', 'association_id']);
  });
  await knex.raw(
    'ALTER TABLE association_resources ADD CONSTRAINT association_resources_quantity_positive CHECK (quantity > 0)',
  );

  await knex.schema.createTable('intl_programmes', (table) => {
    table.increments('id');
    table.integer('association_id').notNullable().references('associations.id').onDelete('CASCADE');
    table.text('partner').notNullable(); // e.g. UNDP, GIZ
    table.text('donor_country');
    table.text('name').notNullable();
    table.text('sector_code').references('sectors.code').onUpdate('CASCADE');
    table.date('starts_on');
    table.date('ends_on');
    table.decimal('budget', 14, 2);
    table.text('status').notNullable().defaultTo('active').checkIn(['planned', 'active', 'completed']);
    table.index(['association_id']);
  });
  await knex.raw(`ALTER TABLE intl_programmes
      ADD CONSTRAINT intl_programmes_period_ordered
        CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on),
      ADD CONSTRAINT intl_programmes_budget_not_negative CHECK (coalesce(budget, 0) >= 0)`);
  await knex.raw(REFRESH_INTL_COOP);
  for (const [event, transition] of [
    ['INSERT', 'NEW TABLE AS changed_rows'],
    ['UPDATE', 'NEW TABLE AS changed_rows'],
    ['DELETE', 'OLD TABLE AS changed_rows'],
  ] as const) {
    await knex.raw(`CREATE TRIGGER intl_programmes_refresh_${event.toLowerCase()} AFTER ${event} ON intl_programmes
                    REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION refresh_intl_coop()`);
  }
  await knex.raw('CREATE INDEX associations_intl_coop ON associations (intl_coop) WHERE intl_coop');

  await knex.schema.createTable('association_links', (table) => {
    table.increments('id');
    table.integer('from_association_id').notNullable().references('associations.id').onDelete('CASCADE');
    table.integer('to_association_id').notNullable().references('associations.id').onDelete('CASCADE');
    table.text('kind').notNullable().checkIn(['affiliation', 'partnership', 'network']);
    table.date('since');
    table.text('note');
    table.unique(['from_association_id', 'to_association_id', 'kind']);
    table.index(['to_association_id']);
  });
  await knex.raw(`ALTER TABLE association_links ADD CONSTRAINT association_links_not_self
                  CHECK (from_association_id <> to_association_id)`);

  await knex.schema.createTable('success_stories', (table) => {
    table.increments('id');
    table.integer('association_id').notNullable().references('associations.id').onDelete('CASCADE');
    table.text('title_ar').notNullable();
    table.text('title_en');
    table.text('body_ar').notNullable();
    table.text('body_en');
    table.date('happened_on');
    table.index(['association_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('success_stories');
  await knex.schema.dropTable('association_links');
  await knex.raw('DROP INDEX associations_intl_coop');
  await knex.schema.dropTable('intl_programmes');
  await knex.raw('DROP FUNCTION refresh_intl_coop()');
  await knex.schema.dropTable('association_resources');
  await knex.schema.dropTable('association_sectors');
}
