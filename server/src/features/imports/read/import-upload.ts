// Receives the multipart upload of POST /api/imports straight into the import's private workspace, with limits
// counted while it streams (a file over IMPORT_MAX_MB is cut off, not stored) and the free disk checked first;
// multer's refusals become 4xx problems.
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import path from 'node:path';
import { HttpProblem, refusedField } from '../../../http/http-problem';
import { ensureFreeSpace } from './disk-space';
import type { Workspace } from './import-workspace';

export interface Upload {
  /** Where it was written inside the workspace. */
  path: string;
  /** The name the client gave, without folders. */
  originalName: string;
  size: number;
  /** The text fields sent beside the file. */
  fields: Record<string, unknown>;
}

/** Extensions kept on the stored file; any other file is recognised by its bytes. */
const KNOWN_EXTENSION = /\.(zip|kmz|shp|gpkg|geojson|json|kml|csv|txt|xlsx|ods)$/i;

/** The client's file name reduced to letters, digits, _ and - (GDAL names a CSV's or GeoJSON's layer after it). */
export function storedName(originalName: string): string {
  const extension = path.extname(originalName);
  const stem =
    path
      .basename(originalName, extension)
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}_-]+/gu, '_')
      .slice(0, 60) || 'upload';
  return KNOWN_EXTENSION.test(extension) ? `${stem}${extension.toLowerCase()}` : stem;
}

function uploadProblem(error: unknown, maxBytes: number): Error {
  if (!(error instanceof MulterError)) return error instanceof Error ? error : new Error(String(error));
  if (error.code === 'LIMIT_FILE_SIZE') {
    const mib = Math.round((maxBytes / 1024 ** 2) * 100) / 100;
    return new HttpProblem('payloadTooLarge', `The file is larger than ${mib} MiB (IMPORT_MAX_MB); it was not stored`, [
      refusedField('file', 'too_big', 'too large', { maximum: maxBytes, origin: 'file' }),
    ]);
  }
  const field = error.field ?? 'file';
  return new HttpProblem(
    'badRequest',
    `The upload could not be read: ${error.message}`,
    [refusedField(field, 'invalid_format', error.message, { format: 'multipart' })],
    {
      code: 'import_upload_invalid',
    },
  );
}

export async function receiveUpload(
  req: Request,
  res: Response,
  workspace: Workspace,
  maxBytes: number,
): Promise<Upload> {
  await ensureFreeSpace(workspace.dir, maxBytes, 'an upload of the largest allowed size');
  const middleware = multer({
    storage: multer.diskStorage({
      destination: workspace.dir,
      filename: (_req, file, done) => done(null, storedName(file.originalname)),
    }),
    limits: { fileSize: maxBytes, files: 1, fields: 12, fieldSize: 64 * 1024, parts: 14 },
    defParamCharset: 'utf8',
  }).single('file');
  return new Promise((resolve, reject) => {
    middleware(req, res, (error: unknown) => {
      if (error) {
        reject(uploadProblem(error, maxBytes));
        return;
      }
      const file = req.file;
      if (!file) {
        const detail = 'Send the data as multipart/form-data with the file in the field "file"';
        reject(
          new HttpProblem('badRequest', detail, [refusedField('file', 'required', 'is required')], {
            code: 'import_file_missing',
          }),
        );
        return;
      }
      resolve({
        path: file.path,
        originalName: path.basename(file.originalname),
        size: file.size,
        fields: { ...(req.body as Record<string, unknown>) },
      });
    });
  });
}
