// Sends a file for a dry run by XMLHttpRequest, so the page can show upload progress, then the time spent checking.
import { useEffect, useState } from 'react';
import { CSRF_HEADER } from '../../../../contracts/auth';
import { importResult, type ImportResult } from '../../../../contracts/imports';
import { currentCsrfToken, toWriteError } from '../../api/session';

export type UploadState =
  { phase: 'idle' } | { phase: 'uploading'; percent: number } | { phase: 'processing'; seconds: number };

export function useImportUpload() {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const processing = state.phase === 'processing';

  useEffect(() => {
    if (!processing) return;
    const started = Date.now();
    const timer = window.setInterval(
      () => setState({ phase: 'processing', seconds: Math.round((Date.now() - started) / 1000) }),
      1000,
    );
    return () => window.clearInterval(timer);
  }, [processing]);

  const upload = (form: FormData) =>
    new Promise<ImportResult>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', '/api/imports');
      request.setRequestHeader('accept', 'application/json');
      const token = currentCsrfToken();
      if (token) request.setRequestHeader(CSRF_HEADER, token);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable)
          setState({ phase: 'uploading', percent: Math.round((100 * event.loaded) / event.total) });
      };
      request.upload.onload = () => setState({ phase: 'processing', seconds: 0 });
      request.onerror = () => {
        setState({ phase: 'idle' });
        reject(toWriteError(0, null, null));
      };
      request.onload = () => {
        setState({ phase: 'idle' });
        const body: unknown = JSON.parse(request.responseText || 'null');
        if (request.status === 201) resolve(importResult.parse(body));
        else reject(toWriteError(request.status, body, request.getResponseHeader('retry-after')));
      };
      setState({ phase: 'uploading', percent: 0 });
      request.send(form);
    });

  return { state, upload };
}
