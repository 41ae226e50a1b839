// One labelled input of the edit form with its error after it (described by it for screen readers, not named by it).
interface EditInputProps {
  label: string;
  /** The field's path as the schema reports it (`members`, `programmes.0.name`): the error's key and the element ids. */
  path: string;
  type: 'text' | 'number' | 'date' | 'email' | 'multiline';
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** The least number allowed (0 unless given). */
  min?: number;
  /** The label's class, e.g. `quantity` for a number beside its name. */
  className?: string;
}

export function EditInput({ label, path, type, value, error, onChange, min = 0, className }: EditInputProps) {
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
          <input {...shared} type={type} min={type === 'number' ? min : undefined} onChange={(event) => onChange(event.target.value)} />
        )}
      </label>
      {error && <span id={`error-${id}`} className="field-error">{error}</span>}
    </>
  );
}
