// The second step of signing in: the 6-digit code from the authenticator app, or a recovery code instead.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { authApi } from './authApi';

export function CodeStep({ onSignedIn, onRestart }: { onSignedIn(): void; onRestart(): void }) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const field = recovery ? 'recovery-code' : 'code';
  usePageTitle(recovery ? 'Enter a recovery code' : 'Enter the code from your authenticator app', errors.length > 0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = code.trim();
    if (!value) return setErrors([{ field, message: recovery ? 'Enter a recovery code' : 'Enter the 6-digit code' }]);
    if (!recovery && !/^\d{6}$/.test(value.replace(/\s+/g, ''))) return setErrors([{ field, message: 'The code must be 6 digits' }]);
    setSubmitting(true);
    try {
      await (recovery ? authApi.recoveryCode(value) : authApi.code(value));
      onSignedIn();
    } catch (err) {
      setCode('');
      setErrors([{ field, message: err instanceof ApiError ? err.message : 'Sign in failed. Try again.' }]);
      setSubmitting(false);
    }
  }

  function switchMode() {
    setRecovery(!recovery);
    setCode('');
    setErrors([]);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">{recovery ? 'Enter a recovery code' : 'Enter the 6-digit code from your authenticator app'}</h1>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        {recovery ? (
          <TextField id={field} label="Recovery code" hint="One of the 10 codes you saved when you set up two-step sign-in. Each works once." value={code} onChange={setCode} error={errors[0]?.message} autoComplete="off" spellCheck={false} />
        ) : (
          <TextField id={field} label="Code" hint="The app shows a new code every 30 seconds." value={code} onChange={setCode} error={errors[0]?.message} autoComplete="one-time-code" spellCheck={false} className="govuk-input--width-10" />
        )}
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting} aria-disabled={submitting}>
          Continue
        </button>
      </form>
      <p className="govuk-body">
        <button type="button" className="govuk-link rt-link-button" onClick={switchMode}>
          {recovery ? 'Use the code from your authenticator app' : 'I cannot use my authenticator app: use a recovery code'}
        </button>
      </p>
      <p className="govuk-body">
        <button type="button" className="govuk-link rt-link-button" onClick={onRestart}>
          Start again with your username and password
        </button>
      </p>
    </>
  );
}
