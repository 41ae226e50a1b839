// The profile's facts as a definition list: registration, kind, place, capacity and dates.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationProfile } from '../../../../contracts/association';
import type { Language } from '../../i18n/i18n';
import { formatDate, formatNumber, localName } from '../../lib/format';

export function ProfileFacts({ profile, language }: { profile: AssociationProfile; language: Language }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null) => (value === null ? null : formatNumber(value, language));
  const date = (value: string | null) => (value === null ? null : formatDate(value, language));
  const facts: [string, ReactNode][] = [
    ['registrationNo', <bdi key="r">{profile.registrationNo}</bdi>],
    ['kind', t(`filters.kinds.${profile.kind}`)],
    ['status', t(`filters.statuses.${profile.status}`)],
    [
      'location',
      <>
        {`${localName(profile.governorate, language)} / ${localName(profile.district, language)}`}
        {profile.districtLimits === 'nearestMarkaz' && (
          <small className="fact-note" data-testid="profile-district-limits">
            {t('map.districtLimits')}
          </small>
        )}
      </>,
    ],
    ['address', profile.address],
    ['members', number(profile.members)],
    ['boardSize', number(profile.boardSize)],
    ['staff', number(profile.staff)],
    ['volunteers', number(profile.volunteers)],
    ['annualBudget', number(profile.annualBudget)],
    ['foundedOn', date(profile.foundedOn)],
    ['registeredOn', date(profile.registeredOn)],
    ['lastVerifiedOn', date(profile.lastVerifiedOn)],
    [
      'source',
      i18n.exists(`profile.sources.${profile.source}`) ? t(`profile.sources.${profile.source}`) : profile.source,
    ],
    // Contacts are sensitive: the API sends them only to officials, and then they are shown.
    ['contactPerson', profile.contacts?.contactPerson ?? null],
    ['phone', profile.contacts?.phone ? <bdi key="p">{profile.contacts.phone}</bdi> : null],
    ['email', profile.contacts?.email ? <bdi key="e">{profile.contacts.email}</bdi> : null],
  ];
  return (
    <dl className="facts" data-testid="profile-facts">
      {facts
        .filter(([, value]) => value !== null && value !== '')
        .map(([key, value]) => (
          <div key={key}>
            <dt>{t(`profile.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
