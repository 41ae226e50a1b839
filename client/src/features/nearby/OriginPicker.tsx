// Where to look from: "near me" (the browser is asked for the position only on that click) or a village by name;
// below them one line that says which point and radius are used, or why the position could not be had.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, localName } from '../../lib/format';
import { SearchBox, type Suggestion } from '../search/SearchBox';
import { setOrigin, useWhereabouts, type Origin } from './nearby-params';
import { useLocate } from './use-locate';

const VILLAGES = { governorates: [], types: ['village' as const] };

const villageOrigin = ({ id, nameAr, nameEn, location }: Suggestion): Origin => ({
  kind: 'village',
  id,
  nameAr,
  nameEn,
  lon: location.coordinates[0],
  lat: location.coordinates[1],
});

export function OriginPicker() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { origin, radiusKm } = useWhereabouts();
  const { state, locate, forget } = useLocate((lon, lat) => setOrigin({ kind: 'me', lon, lat }));

  const km = formatNumber(radiusKm, language);
  const from =
    origin?.kind === 'me'
      ? t('nearby.fromMe', { km })
      : origin
        ? t('nearby.fromVillage', {
            km,
            name: localName({ nameAr: origin.nameAr ?? origin.nameEn ?? '', nameEn: origin.nameEn }, language),
          })
        : '';
  const chooseVillage = (village: Suggestion) => {
    forget();
    setOrigin(villageOrigin(village));
  };
  const problem = state === 'denied' || state === 'unavailable' || state === 'outside';

  return (
    <div className="nearby-origin">
      <div className="nearby-origin-row">
        <button
          type="button"
          className="nearby-me"
          data-active={origin?.kind === 'me'}
          aria-busy={state === 'asking'}
          disabled={state === 'asking'}
          onClick={locate}
          data-testid="nearby-me"
        >
          <span aria-hidden="true">◎</span> {state === 'asking' ? t('nearby.locating') : t('nearby.nearMe')}
        </button>
        <SearchBox
          scope={VILLAGES}
          label={t('nearby.village')}
          placeholder={t('nearby.village')}
          onChoose={chooseVillage}
          testId="nearby-village"
        />
      </div>
      <p
        className={problem ? 'nearby-from problem' : 'nearby-from'}
        role={problem ? 'alert' : undefined}
        data-testid="nearby-from"
      >
        {problem ? t(`nearby.locate.${state}`) : from}
        {origin && !problem && (
          <button type="button" className="link-button" onClick={() => setOrigin(undefined)} data-testid="nearby-clear">
            {t('nearby.clear')}
          </button>
        )}
      </p>
    </div>
  );
}
