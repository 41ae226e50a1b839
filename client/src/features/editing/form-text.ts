// Values between the API and the form's inputs, which hold text: nothing shows as empty, empty is sent as null.
export const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
export const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
