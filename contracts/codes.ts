// Code formats shared by every contract: ISO 3166-2 governorates, HASC districts, vocabulary codes.
import { z } from 'zod';

export const governorateCode = z.string().regex(/^EG-[A-Z]{1,3}$/, 'must be an ISO 3166-2 code such as EG-KN');

/** HASC where the sources give a unique one; `<governorate HASC>.wof<id>` where they do not (see geodata/README.md). */
export const districtCode = z
  .string()
  .regex(/^EG\.[A-Z]{2}\.(?:[A-Z]{2}|wof\d{1,12})$/, 'must be a HASC code such as EG.QN.QS');

export const vocabularyCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be a lower-case code such as nursery');

export const ASSOCIATION_KINDS = ['civil', 'central'] as const;
export const associationKind = z.enum(ASSOCIATION_KINDS);
export type AssociationKind = z.infer<typeof associationKind>;

export const ASSOCIATION_STATUSES = ['active', 'suspended', 'dissolved'] as const;
export const associationStatus = z.enum(ASSOCIATION_STATUSES);
export type AssociationStatus = z.infer<typeof associationStatus>;

export const PROGRAMME_STATUSES = ['planned', 'active', 'completed'] as const;
export const LINK_KINDS = ['affiliation', 'partnership', 'network'] as const;
export const SOCIAL_UNIT_STATUSES = ['in_use', 'unused'] as const;
