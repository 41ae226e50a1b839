// The profile's lists: international cooperation programmes, links with other associations, success stories.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationProfile } from '../../../../contracts/association';
import type { Language } from '../../i18n/i18n';
import { useVocabularies } from '../../api/queries';
import { formatDate, formatNumber, localName } from '../../lib/format';

type Of<K extends keyof AssociationProfile> = AssociationProfile[K];

function Section({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="profile-section">
      <h3>{title}</h3>
      {empty ? <p className="note">{t('profile.nothing')}</p> : children}
    </section>
  );
}

export function ProfileProgrammes({ programmes, language }: { programmes: Of<'programmes'>; language: Language }) {
  const { t } = useTranslation();
  const sectors = useVocabularies().data?.sectors ?? [];
  const sectorName = (code: string | null) => {
    const sector = sectors.find((item) => item.code === code);
    return sector ? localName(sector, language) : code;
  };
  const date = (value: string | null) => value && formatDate(value, language);
  return (
    <Section title={t('profile.programmes')} empty={programmes.length === 0}>
      <ul className="entries">
        {programmes.map((programme) => (
          <li key={programme.id}>
            <strong>{programme.name}</strong>
            <span className="note">
              {[
                programme.partner,
                programme.donorCountry,
                sectorName(programme.sector),
                t(`profile.programmeStatus.${programme.status}`),
                [date(programme.startsOn), date(programme.endsOn)].filter(Boolean).join(' – '),
                programme.budget !== null && formatNumber(programme.budget, language),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ProfileLinks({
  links,
  language,
  onSelect,
}: {
  links: Of<'links'>;
  language: Language;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('profile.links')} empty={links.length === 0}>
      <ul className="entries">
        {links.map((link) => (
          <li key={`${link.kind}-${link.direction}-${link.association.id}`}>
            <span className="badge">{t(`profile.linkKinds.${link.kind}`)}</span>
            <button type="button" className="link-button" onClick={() => onSelect(link.association.id)}>
              {localName(link.association, language)}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ProfileStories({ stories, language }: { stories: Of<'successStories'>; language: Language }) {
  const { t } = useTranslation();
  return (
    <Section title={t('profile.successStories')} empty={stories.length === 0}>
      <ul className="entries">
        {stories.map((story) => (
          <li key={story.id}>
            <strong>{language === 'en' && story.titleEn ? story.titleEn : story.titleAr}</strong>
            {story.happenedOn && <span className="note">{formatDate(story.happenedOn, language)}</span>}
            <p>{language === 'en' && story.bodyEn ? story.bodyEn : story.bodyAr}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
