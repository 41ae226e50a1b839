// Building blocks for query-string parameters: "any of" lists, numbers (in the digits they were typed in), booleans,
// bounding boxes.
import { z } from 'zod';
import { digitsAsTyped, latinDigits } from './typed-numbers';

/** A parameter given several times, or once with commas, means "any of"; empty items are ignored. */
export function anyOf<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(100, 'at most 100 values'));
}

/** A single-valued parameter: repeating it is an error rather than a silent pick. */
export function single<T extends z.ZodType<unknown, string>>(item: T) {
  return z.string({ error: 'must be given once' }).pipe(item);
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A whole number; `١٠٠` and `١٬٢٠٠` read as 100 and 1200 (contracts/typed-numbers.ts). */
export const integerParam = (min: number, max: number) =>
  single(
    digitsAsTyped(
      z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max)),
    ),
  );

/** A number with decimals allowed; `١٫٥` reads as 1.5. */
export const decimalParam = (schema: z.ZodNumber) =>
  single(digitsAsTyped(z.string().regex(DECIMAL_TEXT, 'must be a number').transform(Number).pipe(schema)));

export const booleanParam = single(z.enum(['true', 'false']).transform((value) => value === 'true'));

/** Four numbers separated by commas, each in the digits it was typed in. */
export const fourNumbers = (lengthMessage: string) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((part) => latinDigits(part).trim()))
    .pipe(
      z
        .array(z.string().regex(DECIMAL_TEXT, 'must be numbers'))
        .length(4, lengthMessage)
        .transform((parts) => parts.map(Number) as [number, number, number, number]),
    );

/** minLon,minLat,maxLon,maxLat in WGS 84. */
export const bboxParam = single(
  fourNumbers('must have four numbers: minLon,minLat,maxLon,maxLat')
    .refine(([minLon, , maxLon]) => minLon >= -180 && maxLon <= 180 && minLon <= maxLon, {
      error: 'longitudes must be within -180..180 with minLon <= maxLon',
    })
    .refine(([, minLat, , maxLat]) => minLat >= -90 && maxLat <= 90 && minLat <= maxLat, {
      error: 'latitudes must be within -90..90 with minLat <= maxLat',
    }),
);

/** A longitude and a latitude inside Egypt's box (WGS 84): where a finder may be asked from. */
export const longitudeInEgypt = decimalParam(z.number().min(24.5).max(37.2));
export const latitudeInEgypt = decimalParam(z.number().min(21.5).max(32.0));
