// /brief?governorate=EG-KN[&resource=nursery|&sector=health][&radiusKm=5]: a printable A4 brief on one governorate —
// map, key figures, a table per district, villages without the chosen service in reach and unused social units.
import { useTranslation } from 'react-i18next';
import { useDistricts, useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatDate, formatNumber, localName } from '../../lib/format';
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

  if (coverage.isError) return <p className="state" role="alert"><ProblemMessage error={coverage.error} /></p>;
  if (!coverage.data || !districts) return <p className="state">{t('status.loading')}</p>;
  const { governorate } = coverage.data;
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, language));
  const rates = new Map(coverage.data.districts.map((district) => [district.code, district.per10k.associations]));
  const serviceItem = params.service && vocabularies?.[params.service.kind === 'sector' ? 'sectors' : 'resources'].find((item) => item.code === params.service?.code);
  const figures: [string, string][] = [
    ['population', `${number(governorate.population)}${governorate.populationYear ? ` (${number(governorate.populationYear).replace(/[٬,]/g, '')})` : ''}`],
    ['associations', number(governorate.associations)],
    ['members', number(governorate.members)],
    ['per10k', number(governorate.per10k.associations)],
    ['membersPer10k', number(governorate.per10k.members)],
    ['intlCoop', number(governorate.intlCoop)],
  ];

  return (
    <article className="brief" data-testid="brief" data-ready="true">
      <div className="brief-tools no-print">
        <a href={`/?governorate=${params.governorate}`}>{t('dashboard.backToMap')}</a>
        <BriefService params={params} vocabularies={vocabularies} language={language} />
        <button type="button" onClick={() => window.print()} data-testid="brief-print">{t('brief.print')}</button>
      </div>
      <header className="brief-head">
        <p>{t('app.title')}</p>
        <h1 data-testid="brief-title">{t('brief.title', { name: localName(governorate, language) })}</h1>
        <p className="note">{formatDate(new Date().toISOString(), language)}</p>
      </header>
      <dl className="brief-figures">
        {figures.map(([key, value]) => (
          <div key={key}><dt>{t(`brief.columns.${key}`)}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <BriefMap districts={districts} rates={rates} language={language} title={t('brief.mapTitle')} />
      <BriefDistrictTable coverage={coverage.data} language={language} vocabularies={vocabularies} />
      <BriefGaps coverage={coverage.data} language={language} service={serviceItem ? localName(serviceItem, language) : ''} />
      <BriefUnits coverage={coverage.data} language={language} />
    </article>
  );
}
