// Writes one association and what hangs off it; the only write code that knows these tables' columns.
import type { Knex } from 'knex';
import type { AssociationCreate, AssociationPatch } from '../../../../contracts/association-input';

type Trx = Knex.Transaction;

export interface LockedAssociation {
  id: number;
  version: number;
  governorate: string;
}

/** Locks the live row for the rest of the transaction; null when there is none. */
export async function lockAssociation(trx: Trx, id: number): Promise<LockedAssociation | null> {
  const row = await trx('associations')
    .where({ id })
    .whereNull('deleted_at')
    .forUpdate()
    .first<LockedAssociation | undefined>('id', 'version', 'governorate_code as governorate');
  return row ?? null;
}

/** Column values for the fields present in `input`; the database derives governorate and district. */
function toColumns(trx: Trx, input: AssociationPatch): Record<string, unknown> {
  const columns: Record<string, unknown> = {
    registration_no: input.registrationNo,
    name_ar: input.nameAr,
    name_en: input.nameEn,
    kind: input.kind,
    status: input.status,
    address: input.address,
    members: input.members,
    board_size: input.boardSize,
    staff: input.staff,
    volunteers: input.volunteers,
    annual_budget: input.annualBudget,
    founded_on: input.foundedOn,
    registered_on: input.registeredOn,
    last_verified_on: input.lastVerifiedOn,
    contact_person: input.contacts?.contactPerson,
    phone: input.contacts?.phone,
    email: input.contacts?.email,
  };
  if (input.location) {
    const [lon, lat] = input.location.coordinates;
    columns.geom = trx.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [lon, lat]);
    columns.location_precision = 'exact'; // a point someone set (a dragged marker) replaces a village's or district's
  }
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

export async function insertAssociationRow(trx: Trx, input: AssociationCreate, source = 'registry'): Promise<number> {
  const [row] = await trx('associations')
    .insert({ ...toColumns(trx, input), source })
    .returning<{ id: number }[]>('id');
  if (!row) throw new Error('INSERT … RETURNING id returned no row');
  return row.id;
}

export async function updateAssociationRow(trx: Trx, id: number, patch: AssociationPatch): Promise<void> {
  // Always touch the row, so the version moves even when only lists change.
  await trx('associations')
    .where({ id })
    .update({ ...toColumns(trx, patch), updated_at: trx.fn.now() });
}

export async function softDeleteAssociation(trx: Trx, id: number): Promise<void> {
  await trx('associations').where({ id }).update({ deleted_at: trx.fn.now() });
}

/** Replaces each list that `input` carries; lists it leaves out stay as they are. */
export async function replaceDetails(trx: Trx, id: number, input: AssociationPatch): Promise<void> {
  if (input.sectors) {
    await trx('association_sectors').where({ association_id: id }).delete();
    const rows = [...new Set(input.sectors)].map((code) => ({ association_id: id, sector_code: code }));
    if (rows.length) await trx('association_sectors').insert(rows);
  }
  if (input.resources) {
    await trx('association_resources').where({ association_id: id }).delete();
    const rows = Object.entries(input.resources).map(([code, quantity]) => ({
      association_id: id,
      resource_code: code,
      quantity,
    }));
    if (rows.length) await trx('association_resources').insert(rows);
  }
  if (input.programmes) {
    await trx('intl_programmes').where({ association_id: id }).delete();
    const rows = input.programmes.map((p) => ({
      association_id: id,
      partner: p.partner,
      donor_country: p.donorCountry ?? null,
      name: p.name,
      sector_code: p.sector ?? null,
      starts_on: p.startsOn ?? null,
      ends_on: p.endsOn ?? null,
      budget: p.budget ?? null,
      status: p.status,
    }));
    if (rows.length) await trx('intl_programmes').insert(rows);
  }
  if (input.links) {
    await trx('association_links').where({ from_association_id: id }).delete();
    const rows = input.links.map((link) => ({
      from_association_id: id,
      to_association_id: link.associationId,
      kind: link.kind,
      since: link.since ?? null,
      note: link.note ?? null,
    }));
    if (rows.length) await trx('association_links').insert(rows);
  }
  if (input.successStories) {
    await trx('success_stories').where({ association_id: id }).delete();
    const rows = input.successStories.map((story) => ({
      association_id: id,
      title_ar: story.titleAr,
      title_en: story.titleEn ?? null,
      body_ar: story.bodyAr,
      body_en: story.bodyEn ?? null,
      happened_on: story.happenedOn ?? null,
    }));
    if (rows.length) await trx('success_stories').insert(rows);
  }
}
