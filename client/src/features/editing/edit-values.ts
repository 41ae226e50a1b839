// The form's values as text, read from a profile, and turned back into the body of a create or a change.
import type { AssociationProfile } from '../../../../contracts/association';
import type { AssociationCreate, AssociationPatch } from '../../../../contracts/association-input';
import type { LonLat } from './edit-session';
import {
  PROGRAMME_DATES,
  PROGRAMME_TEXT,
  STORY_BODIES,
  STORY_TEXT,
  programmeBodyOf,
  programmeValuesOf,
  storyBodyOf,
  storyValuesOf,
  type ProgrammeValues,
  type StoryValues,
} from './edit-list-values';
import { numberOrNull, orNull, text } from './form-text';

export const TEXT_FIELDS = ['registrationNo', 'nameAr', 'nameEn', 'address'] as const;
export const NUMBER_FIELDS = ['members', 'boardSize', 'staff', 'volunteers', 'annualBudget'] as const;
export const DATE_FIELDS = ['foundedOn', 'registeredOn', 'lastVerifiedOn'] as const;
export const CONTACT_FIELDS = ['contactPerson', 'phone', 'email'] as const;
type Scalar =
  | (typeof TEXT_FIELDS)[number]
  | (typeof NUMBER_FIELDS)[number]
  | (typeof DATE_FIELDS)[number]
  | (typeof CONTACT_FIELDS)[number];

export interface EditValues {
  scalars: Record<Scalar, string>;
  kind: 'civil' | 'central';
  status: 'active' | 'suspended' | 'dissolved';
  sectors: string[];
  /** Resource code → quantity as typed; empty means none. */
  resources: Record<string, string>;
  programmes: ProgrammeValues[];
  successStories: StoryValues[];
}

export function valuesOf(profile: AssociationProfile | undefined): EditValues {
  const contacts = profile?.contacts;
  const scalars = {} as Record<Scalar, string>;
  for (const field of [...TEXT_FIELDS, ...NUMBER_FIELDS, ...DATE_FIELDS]) scalars[field] = text(profile?.[field]);
  for (const field of CONTACT_FIELDS) scalars[field] = text(contacts?.[field]);
  if (!profile) scalars.members = '0';
  return {
    scalars,
    kind: profile?.kind ?? 'civil',
    status: profile?.status ?? 'active',
    sectors: profile?.sectors.map((sector) => sector.code) ?? [],
    resources: Object.fromEntries(
      profile?.resources.map((resource) => [resource.code, String(resource.quantity)]) ?? [],
    ),
    programmes: profile?.programmes.map(programmeValuesOf) ?? [],
    successStories: profile?.successStories.map(storyValuesOf) ?? [],
  };
}

/** The body as the form read it: members left empty is null, which the schema refuses beside the field (never 0). */
export type FormBody = Omit<AssociationCreate, 'members'> & { members: number | null };

/** Every field as the API takes it; the caller keeps only what changed (for a patch) or sends it all (for a create). */
export function bodyOf(values: EditValues, point: LonLat | null): FormBody {
  const s = values.scalars;
  const contacts = { contactPerson: orNull(s.contactPerson), phone: orNull(s.phone), email: orNull(s.email) };
  return {
    registrationNo: s.registrationNo.trim(),
    nameAr: s.nameAr.trim(),
    nameEn: orNull(s.nameEn),
    kind: values.kind,
    status: values.status,
    location: { type: 'Point', coordinates: point ?? [0, 0] },
    address: orNull(s.address),
    members: numberOrNull(s.members),
    boardSize: numberOrNull(s.boardSize),
    staff: numberOrNull(s.staff),
    volunteers: numberOrNull(s.volunteers),
    annualBudget: numberOrNull(s.annualBudget),
    foundedOn: orNull(s.foundedOn),
    registeredOn: orNull(s.registeredOn),
    lastVerifiedOn: orNull(s.lastVerifiedOn),
    contacts,
    sectors: values.sectors,
    // An empty quantity means none: the resource is left out.
    resources: Object.fromEntries(
      Object.entries(values.resources).flatMap(([code, text]) => {
        const quantity = numberOrNull(text);
        return quantity === null ? [] : [[code, quantity]];
      }),
    ),
    programmes: values.programmes.map(programmeBodyOf),
    successStories: values.successStories.map(storyBodyOf),
  };
}

/** Only the fields whose value differs from what the editor started with. */
export function changesOf(start: FormBody, now: FormBody, hasContacts: boolean): AssociationPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof FormBody)[]) {
    if (key === 'contacts' && !hasContacts) continue;
    if (JSON.stringify(start[key]) !== JSON.stringify(now[key])) patch[key] = now[key];
  }
  return patch;
}

const SHOWN_BESIDE = new RegExp(
  `^(${[...TEXT_FIELDS, ...NUMBER_FIELDS, ...DATE_FIELDS, 'location'].join('|')}` +
    `|contacts\\.(${CONTACT_FIELDS.join('|')})|resources\\.[^.]+` +
    `|programmes\\.\\d+\\.(${[...PROGRAMME_TEXT, ...PROGRAMME_DATES, 'budget'].join('|')})` +
    `|successStories\\.\\d+\\.(${[...STORY_TEXT, ...STORY_BODIES, 'happenedOn'].join('|')}))$`,
);

/** Whether the form shows an error at this path beside its field; the others are listed above the buttons. */
export const isShownBeside = (path: string) => SHOWN_BESIDE.test(path);
