// Setting up two-step sign-in: scan the QR code (or type the key), confirm with a code, then keep the recovery codes.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { authApi, type Enrolment } from './authApi';
import { RecoveryCodes } from './RecoveryCodes';

interface Props {
  /** Why the user is here (e.g. "Your role needs two-step sign-in."), shown above the steps. */
  reason?: string;
  continueLabel: string;
  onDone(): void;
}

export function EnrolStep({ reason, continueLabel, onDone }: Props) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  usePageTitle(recoveryCodes ? 'Save your recovery codes' : 'Set up two-step sign-in', errors.length > 0);

  useEffect(() => {
    authApi.enrolment().then(setEnrolment, (err: unknown) => setLoadError(err instanceof Error ? err : new Error(String(err))));
  }, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/\s+/g, ''))) return setErrors([{ field: 'enrol-code', message: 'Enter the 6-digit code the app shows' }]);
    setSubmitting(true);
    try {
      setRecoveryCodes((await authApi.confirmEnrolment(code.trim())).recoveryCodes);
      setErrors([]);
    } catch (err) {
      setCode('');
      setErrors([{ field: 'enrol-code', message: err instanceof ApiError ? err.message : 'Could not set up two-step sign-in. Try again.' }]);
    } finally {
      setSubmitting(false);
    }
  }

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onContinue={onDone} continueLabel={continueLabel} />;
  if (loadError) return <LoadFailed error={loadError} />;
  if (!enrolment) return <Loading what="your set-up code" />;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Set up two-step sign-in</h1>
      {reason && <p className="govuk-body">{reason}</p>}
      <ol className="govuk-list govuk-list--number">
        <li>Open an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator).</li>
        <li>Scan this QR code with the app.</li>
      </ol>
      <img src={enrolment.qrCode} alt="QR code to scan with your authenticator app" width={240} height={240} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">I cannot scan the QR code</span>
        </summary>
        <div className="govuk-details__text">
          Enter this key in the app instead: <code data-testid="totp-secret">{enrolment.secret}</code>
        </div>
      </details>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <TextField id="enrol-code" label="Enter the 6-digit code the app shows" value={code} onChange={setCode} error={errors[0]?.message} autoComplete="one-time-code" spellCheck={false} className="govuk-input--width-10" />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting} aria-disabled={submitting}>
          Confirm
        </button>
      </form>
    </>
  );
}
