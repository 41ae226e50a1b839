// The association's international cooperation programmes: an active one is what puts it under cooperation.
import { useTranslation } from 'react-i18next';
import { PROGRAMME_STATUSES } from '../../../../contracts/codes';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, localName } from '../../lib/format';
import type { FieldErrors } from './EditForm';
import { EditList } from './EditList';
import { BLANK_PROGRAMME, PROGRAMME_DATES, PROGRAMME_TEXT, type ProgrammeValues } from './edit-list-values';

interface EditProgrammesProps {
  programmes: ProgrammeValues[];
  onChange: (programmes: ProgrammeValues[]) => void;
  errors: FieldErrors;
}

export function EditProgrammes({ programmes, onChange, errors }: EditProgrammesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectors = useVocabularies().data?.sectors ?? [];
  return (
    <EditList
      legend={t('profile.programmes')}
      addLabel={t('edit.addProgramme')}
      name="programmes"
      items={programmes}
      itemLegend={(index) => t('edit.programmeItem', { n: formatNumber(index + 1, language) })}
      blank={BLANK_PROGRAMME}
      errors={errors}
      onChange={onChange}
    >
      {({ item: programme, index, update, input }) => (
        <>
          {PROGRAMME_TEXT.map((field) => input(field, 'text', t(`edit.programmeFields.${field}`)))}
          <label>
            {t('edit.programmeFields.sector')}
            <select
              value={programme.sector}
              onChange={(e) => update({ ...programme, sector: e.target.value })}
              data-testid={`edit-programmes-${index}-sector`}
            >
              <option value="">—</option>
              {sectors.map((sector) => (
                <option key={sector.code} value={sector.code}>
                  {localName(sector, language)}
                </option>
              ))}
            </select>
          </label>
          {PROGRAMME_DATES.map((field) => input(field, 'date', t(`edit.programmeFields.${field}`)))}
          {input('budget', 'number', t('edit.programmeFields.budget'))}
          <label>
            {t('edit.programmeFields.status')}
            <select
              value={programme.status}
              onChange={(e) => update({ ...programme, status: e.target.value as ProgrammeValues['status'] })}
              data-testid={`edit-programmes-${index}-status`}
            >
              {PROGRAMME_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`profile.programmeStatus.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </EditList>
  );
}
