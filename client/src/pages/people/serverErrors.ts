import { ApiError } from '../../api';
import { FieldErrors } from './personApi';
import { FIELD_LABELS, issuesToErrors, type FieldName, type FormError } from './personForm';

/** A refused save as form errors: the server's field errors where it named fields, else one message at the top field. */
export function errorsFromServer(err: unknown, fallbackField: FieldName): FormError[] {
  if (err instanceof FieldErrors) {
    return issuesToErrors(
      err.fields.map((f) => {
        const field = f.field.split('.')[0];
        return { path: [field in FIELD_LABELS ? field : fallbackField], message: f.message };
      }),
    );
  }
  const message = err instanceof ApiError ? err.message : 'Something went wrong on our side. Please try again.';
  if (err instanceof ApiError && err.status === 409) return [{ field: 'caseReference', message: 'A person with that case reference already exists' }];
  return [{ field: fallbackField, message }];
}
