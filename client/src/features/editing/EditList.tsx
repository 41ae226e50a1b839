// A list the editor grows and shrinks (programmes, success stories): each item a fieldset with its own remove button,
// and its text fields as labelled inputs with their errors (keyed `list.index.field`, as the schema reports them).
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './EditForm';
import { EditInput } from './EditInput';

type InputType = 'text' | 'number' | 'date' | 'multiline';

/** The parts an item's fields are drawn with. */
export interface EditItem<T> {
  item: T;
  index: number;
  update: (item: T) => void;
  input: (field: keyof T & string, type: InputType, label: string) => ReactNode;
}

interface EditListProps<T> {
  legend: string;
  addLabel: string;
  /** The legend of one item (`Programme 2`), which also names its remove button for screen readers. */
  itemLegend: (index: number) => string;
  /** The list's field name in the body (`programmes`): the errors' prefix and the test ids. */
  name: string;
  items: T[];
  blank: T;
  errors: FieldErrors;
  onChange: (items: T[]) => void;
  children: (parts: EditItem<T>) => ReactNode;
}

export function EditList<T extends Record<keyof T, string>>({
  legend,
  addLabel,
  itemLegend,
  name,
  items,
  blank,
  errors,
  onChange,
  children,
}: EditListProps<T>) {
  const { t } = useTranslation();
  const add = useRef<HTMLButtonElement>(null);
  const remove = (index: number) => {
    onChange(items.filter((_, k) => k !== index));
    add.current?.focus(); // the removed item's button is gone; focus stays in the list
  };
  const partsOf = (item: T, index: number): EditItem<T> => {
    const update = (changed: T) => onChange(items.map((old, k) => (k === index ? changed : old)));
    const input = (field: keyof T & string, type: InputType, label: string) => (
      <EditInput
        key={field}
        label={label}
        path={`${name}.${index}.${field}`}
        type={type}
        value={item[field]}
        error={errors[`${name}.${index}.${field}`]}
        onChange={(value) => update({ ...item, [field]: value })}
      />
    );
    return { item, index, update, input };
  };
  return (
    <fieldset className="edit-list" data-testid={`edit-${name}`}>
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <fieldset key={index} className="edit-item" data-testid={`edit-${name}-item`}>
          <legend>{itemLegend(index)}</legend>
          {children(partsOf(item, index))}
          <button
            type="button"
            aria-label={`${t('edit.remove')}: ${itemLegend(index)}`}
            onClick={() => remove(index)}
            data-testid={`edit-${name}-remove`}
          >
            {t('edit.remove')}
          </button>
        </fieldset>
      ))}
      <button ref={add} type="button" onClick={() => onChange([...items, blank])} data-testid={`edit-${name}-add`}>
        {addLabel}
      </button>
    </fieldset>
  );
}
