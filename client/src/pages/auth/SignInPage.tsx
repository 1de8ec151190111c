// Signing in: the password form (or an agency's single sign-on), then the code or a required enrolment.
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/SessionContext';
import { authApi, enterApp } from './authApi';
import { CodeStep } from './CodeStep';
import { EnrolStep } from './EnrolStep';
import { SsoButtons } from './SsoButtons';
import { ssoMessage } from './ssoMessages';
import './auth.css';

type Stage = 'password' | 'mfa' | 'mfa-enrol';

function validate(username: string, password: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!username.trim()) errors.push({ field: 'username', message: 'Enter your username' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}

function PasswordStep({ onNext, onSignedIn }: { onNext(stage: Stage): void; onSignedIn(): void }) {
  const [searchParams] = useSearchParams();
  const ssoError = ssoMessage(searchParams.get('sso'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>(ssoError ? [{ field: 'username', message: ssoError }] : []);
  const [submitting, setSubmitting] = useState(false);
  usePageTitle('Sign in', errors.length > 0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validate(username, password);
    setErrors(problems);
    if (problems.length) return;
    setSubmitting(true);
    try {
      const result = await authApi.login(username.trim(), password);
      if ('user' in result) return onSignedIn();
      onNext(result.next);
    } catch (err) {
      setPassword('');
      // 401 carries the server's own wording ("The username or password is not right"); 429 says when to retry.
      const message = err instanceof ApiError ? err.message : 'Sign in failed. Try again.';
      setErrors([{ field: 'username', message }]);
      setSubmitting(false);
    }
  }

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Sign in to Roundtable</h1>
      <SsoButtons />
      <p className="govuk-body">Use the username and password your partnership administrator gave you.</p>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <TextField id="username" label="Username" value={username} onChange={setUsername} error={errorFor('username')} autoComplete="username" spellCheck={false} />
        <TextField id="password" label="Password" type="password" value={password} onChange={setPassword} error={errorFor('password')} autoComplete="current-password" />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting} aria-disabled={submitting}>
          Sign in
        </button>
      </form>
    </>
  );
}

export function SignInPage() {
  const { state } = useSession();
  const location = useLocation();
  const [stage, setStage] = useState<Stage>('password');
  const [entering, setEntering] = useState(false);

  const from = (location.state as { from?: string } | null)?.from;
  const destination = from && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
  if (state.status === 'signed-in' && !entering) return <Navigate to={destination} replace />;
  // The session is now on the server: load the app afresh so it reads who is signed in.
  const signedIn = () => {
    setEntering(true);
    enterApp(destination);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {stage === 'password' && <PasswordStep onNext={setStage} onSignedIn={signedIn} />}
        {stage === 'mfa' && <CodeStep onSignedIn={signedIn} onRestart={() => setStage('password')} />}
        {stage === 'mfa-enrol' && (
          <EnrolStep reason="Your role needs two-step sign-in. Set it up now to continue." continueLabel="Continue to Roundtable" onDone={signedIn} />
        )}
      </div>
    </div>
  );
}
