// /brief?governorate=EG-KN[&<any association filter>][&radiusKm=5]: a printable A4 brief on one governorate — map, key
// figures, a table per district (counting what the map counts for the same filters, which it states), villages without
// the service the filters ask for (sector or resource) in reach and unused social units.
import { useTranslation } from 'react-i18next';
import { useDistricts, useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatAnyOf, formatDate, formatNumber, localName } from '../../lib/format';
import { per10kWords, populationWords } from '../../lib/population-words';
import { FilterStatusScope } from '../filters/FilterStatusScope';
import { useFilterWords } from '../filters/use-filter-words';
import { BriefMap } from './BriefMap';
import { BriefService } from './BriefService';
import { BriefDistrictTable, BriefGaps, BriefUnits } from './BriefTables';
import { useBriefCoverage, useBriefParams } from './use-brief';
import './brief.css';
import { ProblemMessage } from '../../app/ProblemMessage';

export function BriefPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const params = useBriefParams();
  const coverage = useBriefCoverage(params);
  const districts = useDistricts([params.governorate]).data;
  const vocabularies = useVocabularies().data;
  const filterWords = useFilterWords();

  if (coverage.isError)
    return (
      <p className="state" role="alert">
        <ProblemMessage error={coverage.error} />
      </p>
    );
  if (!coverage.data || !districts) return <p className="state">{t('status.loading')}</p>;
  const { governorate } = coverage.data;
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, language));
  const rates = new Map(coverage.data.districts.map((district) => [district.code, district.per10k.associations]));
  const nameOf = (kind: 'sectors' | 'resources', code: string) => {
    const item = vocabularies?.[kind].find((entry) => entry.code === code);
    return item ? localName(item, language) : code;
  };
  const codes = (list: string | null | undefined) => (list ? list.split(',') : []);
  const serviceNames = [
    ...codes(coverage.data.gaps?.resource).map((code) => nameOf('resources', code)),
    ...codes(coverage.data.gaps?.sector).map((code) => nameOf('sectors', code)),
  ];
  const figures: [string, string][] = [
    [
      'population',
      populationWords(
        { ...governorate, populationBasis: governorate.population === null ? 'none' : 'census' },
        t,
        language,
      ),
    ],
    ['associations', number(governorate.associations)],
    ['members', number(governorate.members)],
    ['per10k', per10kWords(governorate.per10k.associations, t, language)],
    ['membersPer10k', per10kWords(governorate.per10k.members, t, language)],
    ['intlCoop', number(governorate.intlCoop)],
  ];

  return (
    <article className="brief" data-testid="brief" data-ready="true">
      <div className="brief-tools no-print">
        <a href={`/?${params.filterQuery}`}>{t('dashboard.backToMap')}</a>
        <BriefService params={params} vocabularies={vocabularies} language={language} />
        <button type="button" onClick={() => window.print()} data-testid="brief-print">
          {t('brief.print')}
        </button>
      </div>
      <header className="brief-head">
        <p>{t('app.title')}</p>
        <h1 data-testid="brief-title">{t('brief.title', { name: localName(governorate, language) })}</h1>
        <p className="note">{formatDate(new Date().toISOString(), language)}</p>
        <FilterStatusScope />
        {filterWords.length > 0 && (
          <p className="note" data-testid="brief-filters">
            {filterWords.map((line) => `${line.label}: ${line.value}`).join(language === 'ar' ? '؛ ' : '; ')}
          </p>
        )}
      </header>
      <dl className="brief-figures">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`brief.columns.${key}`)}</dt>
            <dd data-testid={`brief-figure-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <BriefMap
        districts={districts}
        rates={rates}
        language={language}
        title={t('brief.mapTitle')}
        noFigure={t('population.none')}
      />
      <BriefDistrictTable coverage={coverage.data} language={language} vocabularies={vocabularies} />
      <BriefGaps
        coverage={coverage.data}
        language={language}
        service={serviceNames.length ? formatAnyOf(serviceNames, language) : ''}
      />
      <BriefUnits coverage={coverage.data} language={language} />
    </article>
  );
}
