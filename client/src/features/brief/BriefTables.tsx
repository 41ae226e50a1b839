// The brief's tables: figures per district (each population with its basis, and how estimates were made), villages
// without the chosen service in reach, unused social units.
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../api/schemas';
import type { Language } from '../../i18n/i18n';
import { formatNumber, localName } from '../../lib/format';
import { estimatesNote, per10kWords, populationWords } from '../../lib/population-words';
import type { BriefCoverage } from './use-brief';

/** A village's or unit's name in the language, whichever name it has, else a dash. */
const placeName = (item: { nameAr: string | null; nameEn: string | null }, language: Language) =>
  (language === 'en' ? (item.nameEn ?? item.nameAr) : (item.nameAr ?? item.nameEn)) ?? '—';

interface TableProps {
  coverage: BriefCoverage;
  language: Language;
}

/** The resources a district holds most of, by name, as a short list. */
function mainResources(
  resources: Record<string, number>,
  vocabularies: Vocabularies | undefined,
  language: Language,
): string {
  return Object.entries(resources)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([code, quantity]) => {
      const item = vocabularies?.resources.find((resource) => resource.code === code);
      return `${item ? localName(item, language) : code} (${formatNumber(quantity, language)})`;
    })
    .join('، ');
}

export function BriefDistrictTable({
  coverage,
  language,
  vocabularies,
}: TableProps & { vocabularies: Vocabularies | undefined }) {
  const { t } = useTranslation();
  const number = (value: number) => formatNumber(value, language);
  const perPeople = (value: number | null) => per10kWords(value, t, language);
  const note = estimatesNote(coverage.districts, t, language);
  return (
    <>
      <table className="brief-table" data-testid="brief-districts">
        <caption>{t('brief.districts')}</caption>
        <thead>
          <tr>
            {(
              [
                'district',
                'population',
                'associations',
                'members',
                'per10k',
                'membersPer10k',
                'intlCoop',
                'resources',
              ] as const
            ).map((column) => (
              <th key={column} scope="col">
                {t(`brief.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.districts.map((district) => (
            <tr key={district.code}>
              <th scope="row">{localName(district, language)}</th>
              <td data-testid="brief-district-population" data-basis={district.populationBasis}>
                {populationWords(district, t, language)}
              </td>
              <td>{number(district.associations)}</td>
              <td>{number(district.members)}</td>
              <td data-testid="brief-district-per10k">{perPeople(district.per10k.associations)}</td>
              <td>{perPeople(district.per10k.members)}</td>
              <td>{number(district.intlCoop)}</td>
              <td className="brief-resources">{mainResources(district.resources, vocabularies, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note brief-population-note" data-testid="brief-population-note">
        {note && `${note} `}
        {t('population.notSummed')}
      </p>
    </>
  );
}

export function BriefGaps({ coverage, language, service }: TableProps & { service: string }) {
  const { t } = useTranslation();
  const gaps = coverage.gaps;
  if (!gaps) return null;
  const district = (code: string | null) => coverage.districts.find((item) => item.code === code);
  return (
    <section className="brief-section" data-testid="brief-gaps">
      <h2>{t('brief.gaps', { service, km: formatNumber(gaps.radiusKm, language) })}</h2>
      {gaps.villages.length === 0 ? (
        <p>{t('brief.noGaps')}</p>
      ) : (
        <table className="brief-table">
          <thead>
            <tr>
              <th scope="col">{t('brief.columns.village')}</th>
              <th scope="col">{t('brief.columns.district')}</th>
              <th scope="col">{t('brief.columns.population')}</th>
              <th scope="col">{t('brief.columns.nearestKm')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.villages.map((village) => {
              const home = district(village.district);
              return (
                <tr key={village.id}>
                  <th scope="row">{placeName(village, language)}</th>
                  <td>{home ? localName(home, language) : '—'}</td>
                  <td>{village.population === null ? '—' : formatNumber(village.population, language)}</td>
                  <td>{village.nearestKm === null ? '—' : formatNumber(village.nearestKm, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function BriefUnits({ coverage, language }: TableProps) {
  const { t } = useTranslation();
  const { units, radiusKm } = coverage.unusedSocialUnits;
  const district = (code: string | null) => coverage.districts.find((item) => item.code === code);
  return (
    <section className="brief-section" data-testid="brief-units">
      <h2>{t('brief.units', { km: formatNumber(radiusKm, language) })}</h2>
      {units.length === 0 ? (
        <p>{t('brief.noUnits')}</p>
      ) : (
        <table className="brief-table">
          <thead>
            <tr>
              <th scope="col">{t('brief.columns.unit')}</th>
              <th scope="col">{t('brief.columns.district')}</th>
              <th scope="col">{t('brief.columns.nearby')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => {
              const home = district(unit.district);
              return (
                <tr key={unit.id}>
                  <th scope="row">{placeName(unit, language)}</th>
                  <td>{home ? localName(home, language) : '—'}</td>
                  <td>{formatNumber(unit.activeAssociationsNearby, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
