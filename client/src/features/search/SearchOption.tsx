// One suggestion: the name in the interface language, with its kind (association or village) and registration number.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import type { Suggestion } from './SearchBox';

interface SearchOptionProps {
  id: string;
  suggestion: Suggestion;
  active: boolean;
  onChoose: () => void;
}

export function SearchOption({ id, suggestion, active, onChoose }: SearchOptionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name =
    (language === 'en' ? suggestion.nameEn : suggestion.nameAr) ?? suggestion.nameAr ?? suggestion.nameEn ?? '';
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className="search-option"
      // mousedown, not click: the input's blur would close the list before a click lands.
      onMouseDown={(event) => {
        event.preventDefault();
        onChoose();
      }}
      data-testid="search-option"
      data-type={suggestion.type}
      data-id={suggestion.id}
    >
      <span className="search-name">{name}</span>
      <span className="search-meta">
        <span className="badge">{t(`search.types.${suggestion.type}`)}</span>
        {suggestion.registrationNo && <bdi>{suggestion.registrationNo}</bdi>}
      </span>
    </li>
  );
}
