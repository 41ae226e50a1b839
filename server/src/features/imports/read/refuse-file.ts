// The one refusal of an uploaded file: a 4xx whose code says what is wrong with it (contracts/problem-codes.ts),
// repeated on the field it concerns (`file`, or the `layer` or `sourceSrs` asked for) so forms show it there.
import type { FieldParams } from '../../../../../contracts/field-errors';
import type { RequestCode } from '../../../../../contracts/problem-codes';
import { HttpProblem, refusedField, type ProblemKind } from '../../../http/http-problem';

type FileProblemKind = Extract<
  ProblemKind,
  'badRequest' | 'unprocessable' | 'payloadTooLarge' | 'unsupportedMediaType'
>;

export interface FileRefusal {
  kind?: FileProblemKind;
  field?: string;
  /** Parameters of the code, on the field's entry (e.g. the layers a file has). */
  params?: FieldParams;
  cause?: unknown;
}

export const refuseFile = (
  code: RequestCode,
  detail: string,
  { kind = 'unprocessable', field = 'file', params, cause }: FileRefusal = {},
) => new HttpProblem(kind, detail, [refusedField(field, code, detail, params)], { code, cause });
