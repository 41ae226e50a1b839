// Create, change and delete an association; a change and a delete name the version read (If-Match) so none is lost.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssociationProfile } from '../../../../contracts/association';
import type { AssociationCreate, AssociationPatch } from '../../../../contracts/association-input';
import { invalidateRegistry, send } from '../../api/session';

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export function useSaveAssociation() {
  const client = useQueryClient();
  const onSuccess = () => invalidateRegistry(client);
  const create = useMutation({
    mutationFn: (body: AssociationCreate) => send<AssociationProfile>('POST', '/api/associations', { body }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ id, version, patch }: { id: number; version: number; patch: AssociationPatch }) =>
      send<AssociationProfile>('PATCH', `/api/associations/${id}`, { body: patch, headers: ifMatch(version) }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      send<undefined>('DELETE', `/api/associations/${id}`, { headers: ifMatch(version) }),
    onSuccess,
  });
  return { create, update, remove };
}
