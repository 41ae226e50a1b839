// The admin's user list and the two writes on it: create an account, change one (role, scope, disabled, password).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { currentUser, type UserInput, type UserUpdate } from '../../../../contracts/auth';
import { getJson } from '../../api/http';
import { SHOWN_IN_PLACE } from '../../api/query-client';
import { send } from '../../api/session';

export const listedUser = currentUser.extend({ disabled: z.boolean(), lastLoginAt: z.string().nullable().optional() });
export type ListedUser = z.infer<typeof listedUser>;

const KEY = ['users'] as const;

export function useUsers() {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getJson('/api/users', signal, z.array(listedUser)),
    ...SHOWN_IN_PLACE,
  });
  const onSuccess = () => client.invalidateQueries({ queryKey: KEY });
  const create = useMutation({
    mutationFn: (input: UserInput) => send('POST', '/api/users', { body: input }),
    onSuccess,
  });
  const change = useMutation({
    mutationFn: ({ id, update }: { id: number; update: UserUpdate }) =>
      send('PATCH', `/api/users/${id}`, { body: update }),
    onSuccess,
  });
  return { list, create, change };
}

/** "EG-KN, EG-LX" → ["EG-KN", "EG-LX"]. */
export const governorateList = (text: string) =>
  text
    .split(/[,،\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
