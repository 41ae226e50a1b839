// A group of checkboxes where ticking several means "any of": used for kind, status and sectors.
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface FilterChoicesProps<T extends string> {
  legend: string;
  name: string;
  choices: Choice<T>[];
  chosen: T[] | undefined;
  onChange: (chosen: T[] | undefined) => void;
  columns?: 1 | 2;
}

export function FilterChoices<T extends string>({
  legend,
  name,
  choices,
  chosen = [],
  onChange,
  columns = 1,
}: FilterChoicesProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((item) => item !== value);
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className={`choices columns-${columns}`} data-testid={`filter-${name}`}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} htmlFor={`${id}-${choice.value}`}>
          <input
            id={`${id}-${choice.value}`}
            type="checkbox"
            name={name}
            value={choice.value}
            checked={chosen.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
