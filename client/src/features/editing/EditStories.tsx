// The association's success stories: a title and an account in Arabic, optionally in English, and when it happened.
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './EditForm';
import { EditInput } from './EditInput';
import { EditList } from './EditList';
import { BLANK_STORY, STORY_BODIES, STORY_TEXT, type StoryValues } from './edit-list-values';

interface EditStoriesProps {
  stories: StoryValues[];
  onChange: (stories: StoryValues[]) => void;
  errors: FieldErrors;
}

export function EditStories({ stories, onChange, errors }: EditStoriesProps) {
  const { t } = useTranslation();
  return (
    <EditList legend={t('profile.successStories')} addLabel={t('edit.addStory')} name="successStories" items={stories} blank={BLANK_STORY} onChange={onChange}>
      {(story, update, index) => {
        const input = (field: keyof StoryValues, type: 'text' | 'multiline' | 'date') => (
          <EditInput
            key={field}
            label={t(`edit.storyFields.${field}`)}
            path={`successStories.${index}.${field}`}
            type={type}
            value={story[field]}
            error={errors[`successStories.${index}.${field}`]}
            onChange={(value) => update({ ...story, [field]: value })}
          />
        );
        return (
          <>
            {STORY_TEXT.map((field) => input(field, 'text'))}
            {STORY_BODIES.map((field) => input(field, 'multiline'))}
            {input('happenedOn', 'date')}
          </>
        );
      }}
    </EditList>
  );
}
