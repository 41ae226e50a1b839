// One labelled input of the edit form with its error after it (described by it for screen readers, not named by it).
interface EditInputProps {
  label: string;
  /**
   * The field's path as the schema reports it (`members`, `programmes.0.name`): the error's key and the element ids.
   */
  path: string;
  type: 'text' | 'number' | 'date' | 'email' | 'multiline';
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** The label's class, e.g. `quantity` for a number beside its name. */
  className?: string;
}

export function EditInput({ label, path, type, value, error, onChange, className }: EditInputProps) {
  const id = path.replaceAll('.', '-');
  const shared = {
    name: path,
    value,
    dir: type === 'text' || type === 'email' || type === 'multiline' ? 'auto' : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `error-${id}` : undefined,
    'data-testid': `edit-${id}`,
  };
  return (
    <>
      <label className={className}>
        {label}
        {type === 'multiline' ? (
          <textarea {...shared} rows={4} onChange={(event) => onChange(event.target.value)} />
        ) : (
          // A number is text with a numeric keyboard: Chromium's type=number turns ١٢٠ into "", so the form reads the
          // digits as typed itself (numberOrNull, form-text.ts) and the schema words any mistake.
          <input
            {...shared}
            type={type === 'number' ? 'text' : type}
            inputMode={type === 'number' ? 'decimal' : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </label>
      {error && (
        <span id={`error-${id}`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
