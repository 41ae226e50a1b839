// The edit form in the panel: validated with the shared schema, sent with If-Match; errors shown beside their fields
// (those with no field of their own listed above the buttons), in the interface language where the rule is known.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { associationProfile, type AssociationProfile } from '../../../../contracts/association';
import { associationCreate, associationPatch } from '../../../../contracts/association-input';
import { invalidateRegistry, WriteError } from '../../api/session';
import { ProblemMessage } from '../../app/ProblemMessage';
import { wordFieldError } from '../../i18n/problem-words';
import { wordIssue } from '../../i18n/validation-language';
import { useFieldLabel } from '../history/use-field-label';
import { useSelection } from '../profile/use-selection';
import { EditConflict } from './EditConflict';
import { EditFields } from './EditFields';
import { EditProgrammes } from './EditProgrammes';
import { EditStories } from './EditStories';
import { EditVocabularies } from './EditVocabularies';
import { stopEditing, type EditSession } from './edit-session';
import { bodyOf, changesOf, isShownBeside, valuesOf, type EditValues } from './edit-values';
import { useSaveAssociation } from './use-save-association';

export type FieldErrors = Record<string, string>;

/** Field errors by path, worded in the interface language (a refusal's by its code, the form's own by zod's issue). */
const errorsOf = (items: { path: string; message: string }[]): FieldErrors =>
  Object.fromEntries(items.map(({ path, message }) => [path, message]));

type ListName = 'programmes' | 'successStories';

export function EditForm({ session }: { session: EditSession }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { profile, point } = session;
  const { select } = useSelection();
  const { create, update } = useSaveAssociation();
  const client = useQueryClient();
  const [values, setValues] = useState<EditValues>(() => valuesOf(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Error | null>(null);
  const [conflict, setConflict] = useState<AssociationProfile | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // A refused field takes the focus, so the message beside it is seen (and read out) without hunting for it; with
  // no such field, the list of the other errors does.
  useEffect(
    () => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid=edit-other-errors]')?.focus(),
    [errors],
  );
  const otherErrors = Object.entries(errors).filter(([path]) => !isShownBeside(path));

  /** A list grown or shrunk moves its items: the errors of its items no longer belong where they were. */
  const changeList = <K extends ListName>(name: K, items: EditValues[K]) => {
    if (items.length !== values[name].length)
      setErrors(Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith(`${name}.`))));
    setValues({ ...values, [name]: items });
  };

  const refused = (error: Error) => {
    if (error instanceof WriteError && error.status === 409) {
      const current = associationProfile.safeParse(error.body.current);
      if (current.success) {
        setConflict(current.data);
        return;
      }
    }
    setProblem(error);
    if (error instanceof WriteError)
      setErrors(
        errorsOf(error.errors.map((fieldError) => ({ path: fieldError.field, message: wordFieldError(fieldError) }))),
      );
  };
  const done = (saved: AssociationProfile) => {
    stopEditing();
    select(saved.id);
  };

  const save = (version?: number) => {
    setProblem(null);
    const body = bodyOf(values, point);
    const parsed = profile
      ? associationPatch.safeParse(
          changesOf(bodyOf(valuesOf(profile), profile.location.coordinates), body, Boolean(profile.contacts)),
        )
      : associationCreate.safeParse(body);
    if (!parsed.success) {
      setErrors(
        errorsOf(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: wordIssue(issue) }))),
      );
      return;
    }
    setErrors({});
    if (!profile) {
      if (!point) {
        setErrors({ location: t('edit.placeFirst') });
        return;
      }
      create.mutate(associationCreate.parse(body), { onSuccess: done, onError: refused });
      return;
    }
    const patch = parsed.data;
    update.mutate(
      { id: profile.id, version: version ?? profile.version, patch },
      { onSuccess: done, onError: refused },
    );
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save();
  };

  if (conflict && profile) {
    return (
      <EditConflict
        read={profile}
        current={conflict}
        onReapply={() => {
          setConflict(null);
          save(conflict.version);
        }}
        onDiscard={() => {
          stopEditing();
          void invalidateRegistry(client);
        }}
      />
    );
  }
  const busy = create.isPending || update.isPending;
  return (
    <form
      ref={form}
      className="edit-form staff-form"
      onSubmit={submit}
      noValidate
      data-testid="edit-form"
      aria-labelledby="edit-title"
    >
      <h2 id="edit-title">{profile ? t('edit.title', { name: profile.nameAr }) : t('edit.newTitle')}</h2>
      <p className="hint" data-testid="edit-location">
        {point ? t('edit.locationAt', { lon: point[0], lat: point[1] }) : t('edit.placeFirst')} —{' '}
        {t('edit.locationHint')}
      </p>
      {errors.location && (
        <p className="form-error" role="alert">
          {errors.location}
        </p>
      )}
      <EditFields
        values={values}
        onChange={setValues}
        errors={errors}
        withContacts={!profile || Boolean(profile.contacts)}
      />
      <EditVocabularies values={values} onChange={setValues} errors={errors} />
      <EditProgrammes
        programmes={values.programmes}
        onChange={(programmes) => changeList('programmes', programmes)}
        errors={errors}
      />
      <EditStories
        stories={values.successStories}
        onChange={(stories) => changeList('successStories', stories)}
        errors={errors}
      />
      {otherErrors.length > 0 && (
        <ul className="form-error" role="alert" tabIndex={-1} data-testid="edit-other-errors">
          {otherErrors.map(([path, message]) => (
            <li key={path}>
              {label(path.split('.')[0] ?? path)}: {message}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="form-error" role="alert" data-testid="edit-problem">
          <ProblemMessage error={problem} />
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="edit-save">
          {busy ? t('status.loading') : t('edit.save')}
        </button>
        <button type="button" onClick={stopEditing} data-testid="edit-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
