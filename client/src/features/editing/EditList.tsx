// A list the editor grows and shrinks (programmes, success stories): each item a fieldset with its own remove button.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface EditListProps<T> {
  legend: string;
  addLabel: string;
  /** The list's field name (`programmes`), for test ids. */
  name: string;
  items: T[];
  blank: T;
  onChange: (items: T[]) => void;
  /** The fields of one item; `update` replaces it. */
  children: (item: T, update: (item: T) => void, index: number) => ReactNode;
}

export function EditList<T>({ legend, addLabel, name, items, blank, onChange, children }: EditListProps<T>) {
  const { t } = useTranslation();
  return (
    <fieldset className="edit-list" data-testid={`edit-${name}`}>
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <fieldset key={index} className="edit-item" data-testid={`edit-${name}-item`}>
          {children(item, (changed) => onChange(items.map((old, k) => (k === index ? changed : old))), index)}
          <button type="button" onClick={() => onChange(items.filter((_, k) => k !== index))} data-testid={`edit-${name}-remove`}>
            {t('edit.remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...items, blank])} data-testid={`edit-${name}-add`}>
        {addLabel}
      </button>
    </fieldset>
  );
}
