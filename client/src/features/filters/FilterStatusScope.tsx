// The sentence saying which associations the figures count, by status, and the switch beside it; on the map's counts,
// the dashboard and the brief alike (the switch is not printed).
import { useStatusScope } from './use-status-scope';

export function FilterStatusScope() {
  const { scope, text, switchLabel, toggle } = useStatusScope();
  return (
    <p className="status-scope" data-testid="status-scope" data-scope={scope}>
      <span data-testid="status-scope-text">{text}</span>{' '}
      <button type="button" className="link-button no-print" onClick={toggle} data-testid="status-scope-switch">
        {switchLabel}
      </button>
    </p>
  );
}
