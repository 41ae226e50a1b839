// Writes the generated demo registry in batches of 500 rows; the database derives districts and intl_coop itself.
import type { Knex } from 'knex';
import type { DemoAssociation } from './generate-associations';
import type { ResourceRow, SectorRow } from './generate-details';
import type { LinkRow } from './generate-links';
import type { ProgrammeRow } from './generate-programmes';
import type { SocialUnitRow } from './generate-social-units';
import type { StoryRow } from './generate-stories';

const BATCH = 500;

export interface DemoData {
  associations: readonly DemoAssociation[];
  sectors: readonly SectorRow[];
  resources: readonly ResourceRow[];
  programmes: readonly ProgrammeRow[];
  links: readonly LinkRow[];
  stories: readonly StoryRow[];
  socialUnits: readonly SocialUnitRow[];
}

export interface DemoCounts {
  associations: number;
  associationSectors: number;
  associationResources: number;
  intlProgrammes: number;
  associationLinks: number;
  successStories: number;
  socialUnits: number;
}

export async function writeDemoData(trx: Knex.Transaction, data: DemoData): Promise<DemoCounts> {
  const ids = await insertAssociations(trx, data.associations);
  const id = (registrationNo: string): number => {
    const found = ids.get(registrationNo);
    if (found === undefined) throw new Error(`demo data refers to unknown registration number ${registrationNo}`);
    return found;
  };
  await insertBatches(
    trx,
    'association_sectors',
    data.sectors.map((s) => ({ association_id: id(s.registrationNo), sector_code: s.sector })),
  );
  await insertBatches(
    trx,
    'association_resources',
    data.resources.map((r) => ({
      association_id: id(r.registrationNo),
      resource_code: r.resource,
      quantity: r.quantity,
    })),
  );
  // The statement-level trigger on intl_programmes sets associations.intl_coop from these rows.
  await insertBatches(
    trx,
    'intl_programmes',
    data.programmes.map((p) => ({
      association_id: id(p.registrationNo),
      partner: p.partner,
      donor_country: p.donorCountry,
      name: p.name,
      sector_code: p.sector,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      budget: p.budget,
      status: p.status,
    })),
  );
  await insertBatches(
    trx,
    'association_links',
    data.links.map((l) => ({
      from_association_id: id(l.from),
      to_association_id: id(l.to),
      kind: l.kind,
      since: l.since,
      note: l.note,
    })),
  );
  await insertBatches(
    trx,
    'success_stories',
    data.stories.map((s) => ({
      association_id: id(s.registrationNo),
      title_ar: s.titleAr,
      title_en: s.titleEn,
      body_ar: s.bodyAr,
      body_en: s.bodyEn,
      happened_on: s.happenedOn,
    })),
  );
  // Governorate and district codes are left to the locate_in_district trigger.
  await insertBatches(
    trx,
    'social_units',
    data.socialUnits.map((u) => ({
      name_ar: u.nameAr,
      name_en: u.nameEn,
      status: u.status,
      village_id: u.villageId,
      source: 'demo',
      geom: point(trx, u.lon, u.lat),
    })),
  );
  return {
    associations: data.associations.length,
    associationSectors: data.sectors.length,
    associationResources: data.resources.length,
    intlProgrammes: data.programmes.length,
    associationLinks: data.links.length,
    successStories: data.stories.length,
    socialUnits: data.socialUnits.length,
  };
}

/**
 * Inserts the associations (never governorate_code, district_code or intl_coop) and maps registration numbers to
 * ids.
 */
async function insertAssociations(
  trx: Knex.Transaction,
  associations: readonly DemoAssociation[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let start = 0; start < associations.length; start += BATCH) {
    const rows = associations.slice(start, start + BATCH).map((a) => ({
      registration_no: a.registrationNo,
      name_ar: a.nameAr,
      name_en: a.nameEn,
      kind: a.kind,
      status: a.status,
      geom: point(trx, a.lon, a.lat),
      address: a.address,
      members: a.members,
      board_size: a.boardSize,
      staff: a.staff,
      volunteers: a.volunteers,
      annual_budget: a.annualBudget,
      founded_on: a.foundedOn,
      registered_on: a.registeredOn,
      last_verified_on: a.lastVerifiedOn,
      contact_person: a.contactPerson,
      phone: a.phone,
      email: a.email,
      source: 'demo',
    }));
    const inserted = await trx('associations')
      .insert(rows)
      .returning<{ id: number; registration_no: string }[]>(['id', 'registration_no']);
    for (const row of inserted) ids.set(row.registration_no, row.id);
  }
  return ids;
}

async function insertBatches(
  trx: Knex.Transaction,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await trx(table).insert(rows.slice(start, start + BATCH));
}

function point(trx: Knex.Transaction, lon: number, lat: number): Knex.Raw {
  return trx.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [lon, lat]);
}
