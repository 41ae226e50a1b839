// Programmes and success stories as the form holds them (text as typed), read from a profile and turned back
// into what the API takes. A list sent replaces the association's whole list.
import type { AssociationProfile } from '../../../../contracts/association';
import type { AssociationCreate } from '../../../../contracts/association-input';
import type { PROGRAMME_STATUSES } from '../../../../contracts/codes';
import { numberOrNull, orNull, text } from './form-text';

type ProgrammeBody = NonNullable<AssociationCreate['programmes']>[number];
type StoryBody = NonNullable<AssociationCreate['successStories']>[number];

export const PROGRAMME_TEXT = ['name', 'partner', 'donorCountry'] as const;
export const PROGRAMME_DATES = ['startsOn', 'endsOn'] as const;
export const STORY_TEXT = ['titleAr', 'titleEn'] as const;
export const STORY_BODIES = ['bodyAr', 'bodyEn'] as const;

export type ProgrammeValues = Record<
  (typeof PROGRAMME_TEXT)[number] | (typeof PROGRAMME_DATES)[number] | 'sector' | 'budget',
  string
> & {
  status: (typeof PROGRAMME_STATUSES)[number];
};
export type StoryValues = Record<(typeof STORY_TEXT)[number] | (typeof STORY_BODIES)[number] | 'happenedOn', string>;

export const BLANK_PROGRAMME: ProgrammeValues = {
  name: '',
  partner: '',
  donorCountry: '',
  sector: '',
  startsOn: '',
  endsOn: '',
  budget: '',
  status: 'active',
};
export const BLANK_STORY: StoryValues = { titleAr: '', titleEn: '', bodyAr: '', bodyEn: '', happenedOn: '' };

export const programmeValuesOf = (programme: AssociationProfile['programmes'][number]): ProgrammeValues => ({
  name: programme.name,
  partner: programme.partner,
  donorCountry: text(programme.donorCountry),
  sector: text(programme.sector),
  startsOn: text(programme.startsOn),
  endsOn: text(programme.endsOn),
  budget: text(programme.budget),
  status: programme.status,
});

export const programmeBodyOf = (values: ProgrammeValues): ProgrammeBody => ({
  name: values.name.trim(),
  partner: values.partner.trim(),
  donorCountry: orNull(values.donorCountry),
  sector: orNull(values.sector),
  startsOn: orNull(values.startsOn),
  endsOn: orNull(values.endsOn),
  budget: numberOrNull(values.budget),
  status: values.status,
});

export const storyValuesOf = (story: AssociationProfile['successStories'][number]): StoryValues => ({
  titleAr: story.titleAr,
  titleEn: text(story.titleEn),
  bodyAr: story.bodyAr,
  bodyEn: text(story.bodyEn),
  happenedOn: text(story.happenedOn),
});

export const storyBodyOf = (values: StoryValues): StoryBody => ({
  titleAr: values.titleAr.trim(),
  titleEn: orNull(values.titleEn),
  bodyAr: values.bodyAr.trim(),
  bodyEn: orNull(values.bodyEn),
  happenedOn: orNull(values.happenedOn),
});
