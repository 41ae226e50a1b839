// The interface name of an association field: the profile's label, else the editor's, else the field's own name.
import { useTranslation } from 'react-i18next';

export function useFieldLabel(): (field: string) => string {
  const { t, i18n } = useTranslation();
  return (field) => {
    const key = [`profile.${field}`, `edit.fields.${field}`, `imports.targetFields.${field}`].find((candidate) =>
      i18n.exists(candidate),
    );
    return key ? t(key) : field;
  };
}
