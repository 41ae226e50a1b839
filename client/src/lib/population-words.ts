// Populations and per-10,000 figures in words, each with its basis: the census year, "estimate" where it is one, and
// "no population figure" where none is known (never a blank or a 0); and the note saying how estimates were made.
import type { TFunction } from 'i18next';
import type { PopulationBasis, Stats } from '../../../contracts/association';
import type { Language } from '../i18n/i18n';
import { formatNumber, formatYear } from './format';

type District = Stats['districts'][number];

/** "3,164,281 (census 2017)", "719,174 (estimate 2017)", or "no population figure". */
export function populationWords(
  {
    population,
    populationYear,
    populationBasis,
  }: { population: number | null; populationYear: number | null; populationBasis: PopulationBasis },
  t: TFunction,
  language: Language,
): string {
  if (population === null || populationBasis === 'none') return t('population.none');
  const basis =
    populationYear === null ? '' : t(`population.${populationBasis}`, { year: formatYear(populationYear, language) });
  return basis
    ? t('population.withBasis', { value: formatNumber(population, language), basis })
    : formatNumber(population, language);
}

/** A per-10,000 figure, or "no population figure" when there is no population to divide by. */
export const per10kWords = (value: number | null, t: TFunction, language: Language): string =>
  value === null ? t('population.none') : formatNumber(value, language);

/** How the districts' estimates were made, when any of them is one; undefined when none is. */
export function estimatesNote(districts: District[], t: TFunction, language: Language): string | undefined {
  const estimate = districts.find((district) => district.populationBasis === 'estimate');
  if (!estimate?.populationYear || !estimate.populationEstimatedFrom) return undefined;
  return t('population.estimatesNote', {
    year: formatYear(estimate.populationYear, language),
    from: formatYear(estimate.populationEstimatedFrom, language),
  });
}
