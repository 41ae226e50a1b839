// Above the previewed sheet, never printed: the page's orientation and the button that prints it.
import { useTranslation } from 'react-i18next';
import { ORIENTATIONS, type Orientation } from './print-layout';

interface PrintToolbarProps {
  orientation: Orientation;
  onOrientation: (orientation: Orientation) => void;
  ready: boolean;
}

export function PrintToolbar({ orientation, onOrientation, ready }: PrintToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="print-toolbar">
      <fieldset className="choices print-orientation" data-testid="print-orientation">
        <legend>{t('print.orientation')}</legend>
        {ORIENTATIONS.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="print-orientation"
              checked={orientation === choice}
              onChange={() => onOrientation(choice)}
              data-testid={`print-${choice}`}
            />
            {t(`print.${choice}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={!ready} onClick={() => window.print()} data-testid="print-go">
        {t('print.print')}
      </button>
    </div>
  );
}
