// How the dry run placed the rows: on their own coordinates, at their village, inside their district, or not at
// all — counted, and drawn on the preview map in the same colours.
import { useTranslation } from 'react-i18next';
import type { ImportPlacement as Placement } from '../../../../contracts/imports';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { PRECISION_COLORS } from '../../map/style';
import { ImportPlacementMap } from './ImportPlacementMap';

const KINDS = ['exact', 'village', 'district', 'none'] as const;

export function ImportPlacement({ importId, placement }: { importId: number; placement: Placement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (KINDS.every((kind) => placement[kind] === 0)) return null;
  return (
    <section className="import-placement" data-testid="import-placement" aria-labelledby="import-placement-title">
      <h3 id="import-placement-title">{t('imports.placement')}</h3>
      <ul className="import-counts">
        {KINDS.map((kind) => (
          <li key={kind} data-testid={`import-placed-${kind}`} data-value={placement[kind]}>
            <span
              className={`precision-swatch precision-${kind}`}
              style={
                kind === 'none'
                  ? undefined
                  : { background: PRECISION_COLORS[kind], borderColor: PRECISION_COLORS[kind] }
              }
              aria-hidden="true"
            />{' '}
            {t(`imports.placed.${kind}`)}: <strong>{formatNumber(placement[kind], language)}</strong>
          </li>
        ))}
      </ul>
      {placement.exact + placement.village + placement.district > 0 && <ImportPlacementMap importId={importId} />}
    </section>
  );
}
