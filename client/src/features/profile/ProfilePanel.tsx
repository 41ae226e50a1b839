// The selected association's profile: loading, missing and error states, then every section of it.
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import { ProfileFacts } from './ProfileFacts';
import { ProfileFailure } from './ProfileFailure';
import { ProfileLinks, ProfileProgrammes, ProfileStories } from './ProfileSections';
import { ProfilePartnersButton } from './ProfilePartnersButton';
import { ProfileSkeleton } from './ProfileSkeleton';
import { ProfileTags } from './ProfileTags';
import { StatusBadge } from './StatusBadge';
import { useSelection } from './use-selection';
import { EditForm } from '../editing/EditForm';
import { EditNewButton } from '../editing/EditNewButton';
import { EditToolbar } from '../editing/EditToolbar';
import { useEditSession } from '../editing/edit-session';
import { HistoryTimeline } from '../history/HistoryTimeline';

export function ProfilePanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { selectedId, select } = useSelection();
  const profile = useProfile(selectedId);
  const editing = useEditSession();

  if (editing) return <EditForm key={editing.profile?.id ?? 'new'} session={editing} />;
  if (selectedId === undefined)
    return (
      <>
        <EditNewButton />
        <p className="state">{t('profile.none')}</p>
      </>
    );
  if (profile.isPending) return <ProfileSkeleton />;
  if (profile.isError) return <ProfileFailure error={profile.error} onClose={() => select(undefined)} />;

  const data = profile.data;
  return (
    <article className="profile" data-testid="profile" data-id={data.id} aria-labelledby="profile-title">
      <header className="profile-head">
        <h2 id="profile-title" data-testid="profile-name">
          {localName(data, language)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('profile.close')}
          onClick={() => select(undefined)}
          data-testid="profile-close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {language === 'en' && data.nameEn && (
        <p className="profile-alt" lang="ar">
          {data.nameAr}
        </p>
      )}
      <StatusBadge status={data.status} testId="profile-status" />
      <EditToolbar profile={data} />
      <ProfilePartnersButton id={data.id} />
      <ProfileFacts profile={data} language={language} />
      <ProfileTags
        title={t('profile.sectors')}
        items={data.sectors.map((sector) => ({ key: sector.code, label: localName(sector, language) }))}
      />
      <ProfileTags
        title={t('profile.resources')}
        items={data.resources.map((resource) => ({
          key: resource.code,
          label: localName(resource, language),
          quantity: resource.quantity,
        }))}
        language={language}
      />
      <ProfileProgrammes programmes={data.programmes} language={language} />
      <ProfileLinks links={data.links} language={language} onSelect={select} />
      <ProfileStories stories={data.successStories} language={language} />
      <HistoryTimeline associationId={data.id} />
    </article>
  );
}
