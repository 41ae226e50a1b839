// A titled row of tags — sectors, or resources with their quantities — with a "none recorded" line when empty.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';

interface Tag {
  key: string;
  label: string;
  quantity?: number;
}

export function ProfileTags({ title, items, language }: { title: string; items: Tag[]; language?: Language }) {
  const { t } = useTranslation();
  return (
    <section className="profile-section">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="note">{t('profile.nothing')}</p>
      ) : (
        <ul className="tags">
          {items.map((item) => (
            <li key={item.key}>
              {item.label}
              {item.quantity !== undefined && language && (
                <span className="quantity">{formatNumber(item.quantity, language)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
