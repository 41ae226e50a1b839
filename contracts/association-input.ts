// What editors send to create or change an association; the same schemas drive the client's forms. Quantities may
// come as JSON numbers or as text in the digits they were typed in ("١٢٠"), see numberAsTyped.
import { z } from 'zod';
import { associationKind, associationStatus, LINK_KINDS, PROGRAMME_STATUSES, vocabularyCode } from './codes';
import { INPUT_RULES } from './input-rules';
import { numberAsTyped } from './typed-numbers';

/** Egypt's extent, with a margin: a point outside it is refused before it reaches the database. */
export const EGYPT_BOUNDS = { minLon: 24.5, minLat: 21.5, maxLon: 37.2, maxLat: 32.0 } as const;

export const locationInput = z
  .object({
    type: z.literal('Point'),
    coordinates: z.tuple([numberAsTyped(z.number()), numberAsTyped(z.number())]),
  })
  .refine(
    ({ coordinates: [lon, lat] }) =>
      lon >= EGYPT_BOUNDS.minLon &&
      lon <= EGYPT_BOUNDS.maxLon &&
      lat >= EGYPT_BOUNDS.minLat &&
      lat <= EGYPT_BOUNDS.maxLat,
    { error: INPUT_RULES.outside_egypt },
  );

const isoDate = z.iso.date();
const count = z.number().int().min(0).max(10_000_000);
/** Pounds as numeric(14, 2) holds them. */
const money = z.number().min(0).max(999_999_999_999.99);
const text = (max: number) => z.string().trim().min(1).max(max);

export const programmeInput = z
  .strictObject({
    partner: text(200),
    donorCountry: text(100).nullable().optional(),
    name: text(300),
    sector: vocabularyCode.nullable().optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    budget: numberAsTyped(money.nullable()).optional(),
    status: z.enum(PROGRAMME_STATUSES).default('active'),
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn, {
    error: INPUT_RULES.ends_before_start,
    path: ['endsOn'],
  });

export const linkInput = z.strictObject({
  kind: z.enum(LINK_KINDS),
  associationId: z.number().int().positive(),
  since: isoDate.nullable().optional(),
  note: text(500).nullable().optional(),
});

export const successStoryInput = z.strictObject({
  titleAr: text(300),
  titleEn: text(300).nullable().optional(),
  bodyAr: text(5000),
  bodyEn: text(5000).nullable().optional(),
  happenedOn: isoDate.nullable().optional(),
});

export const contactsInput = z.strictObject({
  contactPerson: text(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, INPUT_RULES.not_a_phone_number)
    .nullable()
    .optional(),
  email: z.email().max(254).nullable().optional(),
});

const associationFields = {
  registrationNo: text(50),
  nameAr: text(300),
  nameEn: text(300).nullable().optional(),
  kind: associationKind,
  status: associationStatus,
  location: locationInput,
  address: text(500).nullable().optional(),
  members: numberAsTyped(count),
  boardSize: numberAsTyped(count.nullable()).optional(),
  staff: numberAsTyped(count.nullable()).optional(),
  volunteers: numberAsTyped(count.nullable()).optional(),
  annualBudget: numberAsTyped(money.nullable()).optional(),
  foundedOn: isoDate.nullable().optional(),
  registeredOn: isoDate.nullable().optional(),
  lastVerifiedOn: isoDate.nullable().optional(),
  contacts: contactsInput.optional(),
  sectors: z.array(vocabularyCode).max(20).optional(),
  resources: z.record(vocabularyCode, numberAsTyped(z.number().int().min(1).max(1_000_000))).optional(),
  programmes: z.array(programmeInput).max(100).optional(),
  links: z.array(linkInput).max(500).optional(),
  successStories: z.array(successStoryInput).max(100).optional(),
};

export const associationCreate = z.strictObject({ ...associationFields, status: associationStatus.default('active') });
export type AssociationCreate = z.infer<typeof associationCreate>;

/** A change: any subset of the fields; lists given replace the whole list. `version` guards against stale writes. */
export const associationPatch = z
  .strictObject(associationFields)
  .partial()
  .extend({ version: z.number().int().positive().optional() });
export type AssociationPatch = z.infer<typeof associationPatch>;
