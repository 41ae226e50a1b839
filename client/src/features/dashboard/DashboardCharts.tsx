// The dashboard's charts for the filtered associations: per district (count, members, per 10,000), sectors,
// cooperation share, partners and donor countries.
import { useTranslation } from 'react-i18next';
import type { Stats } from '../../../../contracts/association';
import type { Vocabularies } from '../../api/schemas';
import type { Language } from '../../i18n/i18n';
import { localName } from '../../lib/format';
import { DashboardBarChart, type BarRow } from './DashboardBarChart';

const per10k = (value: number, population: number | null) => (population ? Math.round((value / population) * 100_000) / 10 : null);
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

interface DashboardChartsProps {
  stats: Stats;
  vocabularies: Vocabularies | undefined;
  language: Language;
}

export function DashboardCharts({ stats, vocabularies, language }: DashboardChartsProps) {
  const { t } = useTranslation();
  const districts = stats.districts;
  const rows = (value: (district: Stats['districts'][number]) => number | null): BarRow[] =>
    districts.map((district) => ({ key: district.code, label: localName(district, language), value: value(district) }));
  const counted = (counts: Record<string, number>): BarRow[] =>
    Object.entries(counts)
      .map(([name, value]) => ({ key: name, label: name, value }))
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const sectors: BarRow[] = Object.entries(stats.totals.sectors)
    .map(([code, value]) => {
      const item = vocabularies?.sectors.find((sector) => sector.code === code);
      return { key: code, label: item ? localName(item, language) : code, value };
    })
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));

  return (
    <div className="charts">
      <DashboardBarChart title={t('dashboard.associations')} rows={rows((d) => d.associations)} language={language} testId="chart-associations" />
      <DashboardBarChart title={t('dashboard.members')} rows={rows((d) => d.members)} language={language} testId="chart-members" />
      <DashboardBarChart title={t('dashboard.per10k')} rows={rows((d) => d.associationsPer10k ?? per10k(d.associations, d.population))} language={language} testId="chart-per10k" />
      <DashboardBarChart title={t('dashboard.membersPer10k')} rows={rows((d) => per10k(d.members, d.population))} language={language} testId="chart-members-per10k" />
      <DashboardBarChart title={t('dashboard.intlCoopShare')} rows={rows((d) => share(d.intlCoop, d.associations))} language={language} testId="chart-intl-coop" />
      <DashboardBarChart title={t('dashboard.sectors')} rows={sectors} language={language} testId="chart-sectors" />
      <DashboardBarChart title={t('dashboard.partners')} rows={counted(stats.totals.partners)} language={language} testId="chart-partners" />
      <DashboardBarChart title={t('dashboard.donorCountries')} rows={counted(stats.totals.donorCountries)} language={language} testId="chart-donors" />
    </div>
  );
}
