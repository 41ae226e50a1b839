// The sign-in dialog: email and password, the server's refusal shown in place, and the wait after too many tries.
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../api/session';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { ModalDialog } from './ModalDialog';
import { useAuthActions } from './use-auth-actions';
import { ProblemMessage } from '../../app/ProblemMessage';

export function AuthDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { signIn } = useAuthActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: onClose });
  };
  const error = signIn.error;
  const message =
    error instanceof WriteError && error.status === 429 ? (
      t('auth.throttled', { seconds: formatNumber(error.retryAfter ?? 60, language) })
    ) : error instanceof WriteError && error.status === 401 ? (
      t('auth.wrong')
    ) : error ? (
      <ProblemMessage error={error} />
    ) : null;

  return (
    <ModalDialog title={t('auth.signIn')} onClose={onClose} testId="auth-dialog">
      <form className="staff-form" onSubmit={submit}>
        <label>
          {t('auth.email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="auth-email"
            dir="ltr"
          />
        </label>
        <label>
          {t('auth.password')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="auth-password"
            dir="ltr"
          />
        </label>
        {message && (
          <p className="form-error" role="alert" data-testid="auth-error">
            {message}
          </p>
        )}
        <button type="submit" className="primary" disabled={signIn.isPending} data-testid="auth-submit">
          {signIn.isPending ? t('status.loading') : t('auth.signIn')}
        </button>
      </form>
    </ModalDialog>
  );
}
