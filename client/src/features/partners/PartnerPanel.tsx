// The partner finder over the map: who is asking, the need form, and the ranked suggestions; closing it clears the URL
// state.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../app/ProblemMessage';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import { PartnerNeedForm } from './PartnerNeedForm';
import { PartnerResults } from './PartnerResults';
import { usePartners, usePartnerState } from './use-partners';
import './partners.css';

export function PartnerPanel({ onSelect }: { onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { seeker, need, setNeed, close } = usePartnerState();
  const partners = usePartners();
  const heading = useRef<HTMLHeadingElement>(null);
  const [folded, setFolded] = useState(false);
  const seekerKey = seeker && JSON.stringify(seeker);
  // A new seeker moves the focus to the finder, so keyboard and screen-reader users land where the answer is.
  useEffect(() => {
    setFolded(false);
    if (seekerKey) heading.current?.focus();
  }, [seekerKey]);
  if (!seeker) return null;

  const from = partners.data?.seeker;
  /** On a phone the finder covers the drawer where the profile opens, so choosing a partner folds it to its header. */
  const choose = (id: number) => {
    onSelect(id);
    if (window.matchMedia('(max-width: 719px)').matches) setFolded(true);
  };
  const fromName = from?.nameAr
    ? localName({ nameAr: from.nameAr, nameEn: from.nameEn }, language)
    : t('partners.point');
  return (
    <section className="partner-panel" data-folded={folded} aria-labelledby="partner-title" data-testid="partner-panel">
      <header className="partner-head">
        <h2 id="partner-title" ref={heading} tabIndex={-1}>
          {t('partners.title')}
        </h2>
        <button
          type="button"
          className="icon-button partner-fold"
          aria-expanded={!folded}
          aria-label={folded ? t('tabs.expand') : t('tabs.collapse')}
          onClick={() => setFolded(!folded)}
          data-testid="partner-fold"
        >
          <span aria-hidden="true">{folded ? '▴' : '▾'}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('partners.close')}
          onClick={close}
          data-testid="partner-close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="partner-body">
        <p className="note" data-testid="partner-seeker">
          {t('partners.near', { name: fromName })}
        </p>
        <PartnerNeedForm need={need} onChange={setNeed} />
        {partners.isPending && <p className="state">{t('status.loading')}</p>}
        {partners.isError && (
          <p className="state" role="alert">
            <ProblemMessage error={partners.error} />
          </p>
        )}
        {partners.data && <PartnerResults results={partners.data.results} language={language} onSelect={choose} />}
      </div>
    </section>
  );
}
