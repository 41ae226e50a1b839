// The dashboard's charts for the filtered associations: per district (count, members, per 10,000 people of the
// population the API states, estimates marked and missing figures said), sectors, cooperation share, partners and
// donor countries.
import { useTranslation } from 'react-i18next';
import type { Stats } from '../../../../contracts/association';
import type { Vocabularies } from '../../api/schemas';
import type { Language } from '../../i18n/i18n';
import { localName } from '../../lib/format';
import { estimatesNote } from '../../lib/population-words';
import { DashboardBarChart, type BarRow } from './DashboardBarChart';

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

interface DashboardChartsProps {
  stats: Stats;
  vocabularies: Vocabularies | undefined;
  language: Language;
}

export function DashboardCharts({ stats, vocabularies, language }: DashboardChartsProps) {
  const { t } = useTranslation();
  const districts = stats.districts;
  type District = Stats['districts'][number];
  const rows = (value: (district: District) => number | null): BarRow[] =>
    districts.map((district) => ({ key: district.code, label: localName(district, language), value: value(district) }));
  /** A figure per 10,000 people: «تقدير» beside it on an estimated population, «لا يوجد تعداد» where there is none. */
  const perPeople = (value: (district: District) => number | null): BarRow[] =>
    districts.map((district) => ({
      key: district.code,
      label: localName(district, language),
      value: value(district),
      note: district.populationBasis === 'estimate' ? t('population.estimateMark') : undefined,
      missing: t('population.none'),
    }));
  const populationNote = estimatesNote(districts, t, language);
  const counted = (counts: Record<string, number>): BarRow[] =>
    Object.entries(counts)
      .map(([name, value]) => ({ key: name, label: name, value }))
      .sort((a, b) => b.value - a.value);
  const sectors: BarRow[] = Object.entries(stats.totals.sectors)
    .map(([code, value]) => {
      const item = vocabularies?.sectors.find((sector) => sector.code === code);
      return { key: code, label: item ? localName(item, language) : code, value };
    })
    .sort((a, b) => b.value - a.value);

  return (
    <div className="charts">
      <DashboardBarChart
        title={t('dashboard.associations')}
        rows={rows((d) => d.associations)}
        language={language}
        testId="chart-associations"
      />
      <DashboardBarChart
        title={t('dashboard.members')}
        rows={rows((d) => d.members)}
        language={language}
        testId="chart-members"
      />
      <DashboardBarChart
        title={t('dashboard.per10k')}
        rows={perPeople((d) => d.associationsPer10k)}
        note={populationNote}
        language={language}
        testId="chart-per10k"
      />
      <DashboardBarChart
        title={t('dashboard.membersPer10k')}
        rows={perPeople((d) => d.membersPer10k)}
        note={populationNote}
        language={language}
        testId="chart-members-per10k"
      />
      <DashboardBarChart
        title={t('dashboard.intlCoopShare')}
        rows={rows((d) => share(d.intlCoop, d.associations))}
        language={language}
        testId="chart-intl-coop"
      />
      <DashboardBarChart title={t('dashboard.sectors')} rows={sectors} language={language} testId="chart-sectors" />
      <DashboardBarChart
        title={t('dashboard.partners')}
        rows={counted(stats.totals.partners)}
        language={language}
        testId="chart-partners"
      />
      <DashboardBarChart
        title={t('dashboard.donorCountries')}
        rows={counted(stats.totals.donorCountries)}
        language={language}
        testId="chart-donors"
      />
    </div>
  );
}
