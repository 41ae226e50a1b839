// Sign in and sign out: after either, the session is read again and everything the role changes is fetched anew.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send, SESSION_KEY } from '../../api/session';

export function useAuthActions() {
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: SESSION_KEY });
    await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  };
  const signIn = useMutation({
    mutationFn: (input: { email: string; password: string }) => send('POST', '/api/auth/login', { body: input }),
    onSuccess: refresh,
  });
  const signOut = useMutation({ mutationFn: () => send('POST', '/api/auth/logout'), onSuccess: refresh });
  return { signIn, signOut };
}
