// What the API returns for associations: list features, the full profile, boundaries and stats.
import { z } from 'zod';
import { associationKind, associationStatus } from './codes';

export const LOCATION_PRECISIONS = ['exact', 'village', 'district'] as const;
export const locationPrecision = z.enum(LOCATION_PRECISIONS);
export type LocationPrecision = z.infer<typeof locationPrecision>;
/** How a labelled export writes each precision, and what an import reads back as it. */
export const LOCATION_PRECISION_LABELS: Record<LocationPrecision, { ar: string; en: string }> = {
  exact: { ar: 'بإحداثياتها', en: 'own point' },
  village: { ar: 'عند قريتها', en: 'at its village' },
  district: { ar: 'داخل مركزها', en: 'inside its district' },
};

export const pointGeometry = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number(), z.number()]),
});

export const associationProperties = z.object({
  registrationNo: z.string(),
  nameAr: z.string(),
  nameEn: z.string().nullable(),
  kind: associationKind,
  governorate: z.string(),
  district: z.string(),
  members: z.number().int(),
  intlCoop: z.boolean(),
  /** How the point was found: its own coordinates, its village's, or a point inside its district (see imports). */
  locationPrecision: locationPrecision,
  sectors: z.array(z.string()),
  resources: z.record(z.string(), z.number()),
  status: associationStatus,
});
export type AssociationProperties = z.infer<typeof associationProperties>;

export const associationFeature = z.object({
  type: z.literal('Feature'),
  id: z.number().int(),
  geometry: pointGeometry,
  properties: associationProperties,
});
export type AssociationFeature = z.infer<typeof associationFeature>;

export const associationCollection = z.object({
  type: z.literal('FeatureCollection'),
  numberMatched: z.number().int(),
  /** Present (true) when numberMatched is the planner's estimate: the exact count would have taken too long. */
  numberMatchedEstimated: z.boolean().optional(),
  numberReturned: z.number().int(),
  features: z.array(associationFeature),
});
export type AssociationCollection = z.infer<typeof associationCollection>;

const labelled = { code: z.string(), nameAr: z.string(), nameEn: z.string() };

export const programme = z.object({
  id: z.number().int(),
  partner: z.string(),
  donorCountry: z.string().nullable(),
  name: z.string(),
  sector: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  budget: z.number().nullable(),
  status: z.enum(['planned', 'active', 'completed']),
});

export const associationLink = z.object({
  kind: z.enum(['affiliation', 'partnership', 'network']),
  direction: z.enum(['outgoing', 'incoming']),
  association: z.object({
    id: z.number().int(),
    nameAr: z.string(),
    nameEn: z.string().nullable(),
    kind: associationKind,
  }),
  since: z.string().nullable(),
  note: z.string().nullable(),
});

export const successStory = z.object({
  id: z.number().int(),
  titleAr: z.string(),
  titleEn: z.string().nullable(),
  bodyAr: z.string(),
  bodyEn: z.string().nullable(),
  happenedOn: z.string().nullable(),
});

/** Contacts are sensitive: absent for the public role. */
export const associationContacts = z.object({
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const associationProfile = z.object({
  id: z.number().int(),
  registrationNo: z.string(),
  nameAr: z.string(),
  nameEn: z.string().nullable(),
  kind: associationKind,
  status: associationStatus,
  location: pointGeometry,
  address: z.string().nullable(),
  governorate: z.object(labelled),
  district: z.object(labelled),
  /**
   * `nearestMarkaz` when the association lies where its district's official polygon does not reach (desert, Nile) and
   * the district was given by the nearest markaz; otherwise `official`.
   */
  districtLimits: z.enum(['official', 'nearestMarkaz']),
  locationPrecision: locationPrecision,
  members: z.number().int(),
  boardSize: z.number().int().nullable(),
  staff: z.number().int().nullable(),
  volunteers: z.number().int().nullable(),
  annualBudget: z.number().nullable(),
  foundedOn: z.string().nullable(),
  registeredOn: z.string().nullable(),
  lastVerifiedOn: z.string().nullable(),
  source: z.string(),
  /** Increases with every change; send it back (If-Match or `version`) to edit. */
  version: z.number().int(),
  intlCoop: z.boolean(),
  sectors: z.array(z.object(labelled)),
  resources: z.array(z.object({ ...labelled, quantity: z.number() })),
  programmes: z.array(programme),
  links: z.array(associationLink),
  successStories: z.array(successStory),
  contacts: associationContacts.optional(),
});
export type AssociationProfile = z.infer<typeof associationProfile>;

export const boundary = z.object({
  code: z.string(),
  nameAr: z.string(),
  nameEn: z.string(),
  population: z.number().int().nullable(),
  populationYear: z.number().int().nullable(),
});

export const districtSummary = boundary.extend({ governorate: z.string() });
export type DistrictSummary = z.infer<typeof districtSummary>;

/**
 * How a district's population in stats and coverage was arrived at: its own census figure, an estimate on its
 * governorate's newer census (its share of the governorate's older district figures, scaled to the newer total), or
 * none known.
 */
export const POPULATION_BASES = ['census', 'estimate', 'none'] as const;
export type PopulationBasis = (typeof POPULATION_BASES)[number];

export const statsDistrict = z.object({
  code: z.string(),
  governorate: z.string(),
  nameAr: z.string(),
  nameEn: z.string(),
  /** On the governorate's census basis (populationBasis says how); null when none is known. */
  population: z.number().int().nullable(),
  /** The census year the population stands for (an estimate's too). */
  populationYear: z.number().int().nullable(),
  populationBasis: z.enum(POPULATION_BASES),
  /** For an estimate, the year of the district's own figure whose share was scaled; else null. */
  populationEstimatedFrom: z.number().int().nullable(),
  associations: z.number().int(),
  members: z.number().int(),
  intlCoop: z.number().int(),
  /** Per 10,000 of `population`, two decimals; null when the district's population is unknown. */
  associationsPer10k: z.number().nullable(),
  membersPer10k: z.number().nullable(),
  resources: z.record(z.string(), z.number()),
});

export const stats = z.object({
  totals: z.object({
    associations: z.number().int(),
    members: z.number().int(),
    intlCoop: z.number().int(),
    byKind: z.record(z.string(), z.number().int()),
    byStatus: z.record(z.string(), z.number().int()),
    resources: z.record(z.string(), z.number()),
    sectors: z.record(z.string(), z.number().int()),
    /** Associations with an active programme, per partner organisation and per donor country. */
    partners: z.record(z.string(), z.number().int()),
    donorCountries: z.record(z.string(), z.number().int()),
  }),
  districts: z.array(statsDistrict),
});
export type Stats = z.infer<typeof stats>;
