// The import history and the two steps after a dry run: commit (skipping invalid rows when asked) and undo.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { importSummary, type ImportSummary } from '../../../../contracts/imports';
import { getJson } from '../../api/http';
import { invalidateRegistry, send } from '../../api/session';

const KEY = ['imports'] as const;

export function useImports() {
  const client = useQueryClient();
  const history = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getJson('/api/imports', signal, z.array(importSummary)),
  });
  const onSuccess = async () => {
    await client.invalidateQueries({ queryKey: KEY });
    await invalidateRegistry(client);
  };
  const commit = useMutation({
    mutationFn: ({ id, skipInvalid }: { id: number; skipInvalid: boolean }) =>
      send<ImportSummary>('POST', `/api/imports/${id}/commit`, { body: { skipInvalid } }),
    onSuccess,
  });
  const undo = useMutation({
    mutationFn: (id: number) => send<ImportSummary>('POST', `/api/imports/${id}/undo`),
    onSuccess,
  });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  return { history, commit, undo, refresh };
}
