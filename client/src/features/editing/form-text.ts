// Values between the API and the form's inputs, which hold text: nothing shows as empty, empty is sent as null.
import { typedNumber } from '../../../../contracts/typed-numbers';

export const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/**
 * A number in the digits it was typed in (١٢٠ is 120); null when empty, NaN (refused by the schema) when not a number.
 */
export const numberOrNull = typedNumber;
