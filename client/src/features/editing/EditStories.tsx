// The association's success stories: a title and an account in Arabic, optionally in English, and when it happened.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import type { FieldErrors } from './EditForm';
import { EditList } from './EditList';
import { BLANK_STORY, STORY_BODIES, STORY_TEXT, type StoryValues } from './edit-list-values';

interface EditStoriesProps {
  stories: StoryValues[];
  onChange: (stories: StoryValues[]) => void;
  errors: FieldErrors;
}

export function EditStories({ stories, onChange, errors }: EditStoriesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <EditList
      legend={t('profile.successStories')}
      addLabel={t('edit.addStory')}
      name="successStories"
      items={stories}
      itemLegend={(index) => t('edit.storyItem', { n: formatNumber(index + 1, language) })}
      blank={BLANK_STORY}
      errors={errors}
      onChange={onChange}
    >
      {({ input }) => (
        <>
          {STORY_TEXT.map((field) => input(field, 'text', t(`edit.storyFields.${field}`)))}
          {STORY_BODIES.map((field) => input(field, 'multiline', t(`edit.storyFields.${field}`)))}
          {input('happenedOn', 'date', t('edit.storyFields.happenedOn'))}
        </>
      )}
    </EditList>
  );
}
