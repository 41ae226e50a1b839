// Step four: every distinct value the file writes in a vocabulary field, the code it was matched to and how
// (exactly, normalised, synonym, fuzzy, or not at all). The user confirms or corrects; corrections go back as
// `values` with the next dry run.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSOCIATION_KINDS, ASSOCIATION_STATUSES } from '../../../../contracts/codes';
import type { ImportResult, ImportValues, ValueField } from '../../../../contracts/imports';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { withEntry } from '../../lib/records';
import { useFieldLabel } from '../history/use-field-label';

type Choices = Partial<Record<ValueField, Record<string, string>>>;

/** The codes a field's values may take, with their label in the interface language. */
function useCodeOptions(): (field: ValueField) => [string, string][] {
  const { t, i18n } = useTranslation();
  const { data } = useVocabularies();
  const named = (items: { code: string; nameAr: string; nameEn: string }[] = []) =>
    items.map((item): [string, string] => [item.code, i18n.language === 'ar' ? item.nameAr : item.nameEn]);
  return (field) => {
    if (field === 'sectors') return named(data?.sectors);
    if (field === 'resources') return named(data?.resources);
    if (field === 'kind') return ASSOCIATION_KINDS.map((code) => [code, t(`filters.kinds.${code}`)]);
    if (field === 'status') return ASSOCIATION_STATUSES.map((code) => [code, t(`filters.statuses.${code}`)]);
    return (['yes', 'no'] as const).map((code) => [code, t(`imports.yesNo.${code}`)]);
  };
}

export function ImportValueTable({
  result,
  onRerun,
  busy,
}: {
  result: ImportResult;
  onRerun: (values: ImportValues) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const options = useCodeOptions();
  const language = useLanguage();
  const [choices, setChoices] = useState<Choices>(() => result.options.values);
  const fields = Object.entries(result.valueMatches) as [ValueField, ImportResult['valueMatches'][ValueField]][];
  if (fields.length === 0) return null;
  const choose = (field: ValueField, value: string, code: string) =>
    setChoices({ ...choices, [field]: withEntry(choices[field] ?? {}, value, code) });
  const unmatched = fields.reduce(
    (sum, [, matches]) => sum + (matches ?? []).filter((match) => match.code === null).length,
    0,
  );
  return (
    <form
      className="staff-form import-values"
      data-testid="import-values"
      onSubmit={(event) => {
        event.preventDefault();
        onRerun(choices);
      }}
    >
      <h3>{t('imports.values')}</h3>
      <p>
        {unmatched > 0
          ? t('imports.valuesUnmatched', { number: formatNumber(unmatched, language) })
          : t('imports.valuesAllMatched')}
      </p>
      <div className="table-scroll">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('imports.field')}</th>
              <th scope="col">{t('imports.value')}</th>
              <th scope="col">{t('imports.rows')}</th>
              <th scope="col">{t('imports.how')}</th>
              <th scope="col">{t('imports.code')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.flatMap(([field, matches]) =>
              (matches ?? []).map((match) => (
                <tr
                  key={`${field}:${match.value}`}
                  data-field={field}
                  data-value={match.value}
                  data-how={match.how ?? 'none'}
                  className={match.code ? undefined : 'unmatched'}
                >
                  <td>{label(field)}</td>
                  <td dir="auto">{match.value}</td>
                  <td>{formatNumber(match.rows, language)}</td>
                  <td>{t(`imports.matchedHow.${match.how ?? 'none'}`)}</td>
                  <td>
                    <select
                      aria-label={`${label(field)}: ${match.value}`}
                      value={choices[field]?.[match.value] ?? match.code ?? ''}
                      onChange={(e) => choose(field, match.value, e.target.value)}
                      data-testid="import-value-code"
                    >
                      <option value="">{t('imports.noCode')}</option>
                      {options(field).map(([code, name]) => (
                        <option key={code} value={code}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <button type="submit" disabled={busy} data-testid="import-values-rerun">
        {t('imports.rerunValues')}
      </button>
    </form>
  );
}
