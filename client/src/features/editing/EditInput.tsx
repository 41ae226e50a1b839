// One labelled input of the edit form with its error after it (described by it for screen readers, not named by it).
interface EditInputProps {
  label: string;
  /** The field's path as the schema reports it (`members`, `programmes.0.name`): the error's key and the element ids. */
  path: string;
  type: 'text' | 'number' | 'date' | 'email' | 'multiline';
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function EditInput({ label, path, type, value, error, onChange }: EditInputProps) {
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
      <label>
        {label}
        {type === 'multiline' ? (
          <textarea {...shared} rows={4} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...shared} type={type} min={type === 'number' ? 0 : undefined} onChange={(event) => onChange(event.target.value)} />
        )}
      </label>
      {error && <span id={`error-${id}`} className="field-error">{error}</span>}
    </>
  );
}
