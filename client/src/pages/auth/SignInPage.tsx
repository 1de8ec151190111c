import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/SessionContext';
import { TextField } from '../../components/TextField';

function validate(username: string, password: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!username.trim()) errors.push({ field: 'username', message: 'Enter your username' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}

export function SignInPage() {
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  usePageTitle('Sign in', errors.length > 0);

  const from = (location.state as { from?: string } | null)?.from;
  const destination = from && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
  if (state.status === 'signed-in' && !submitting) return <Navigate to={destination} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validate(username, password);
    setErrors(problems);
    if (problems.length) return;
    setSubmitting(true);
    try {
      await signIn(username.trim(), password);
      navigate(destination, { replace: true });
    } catch (err) {
      setPassword('');
      // 401 carries the server's own wording ("The username or password is not right"); 429 says when to retry.
      const message = err instanceof ApiError ? err.message : 'Sign in failed. Try again.';
      setErrors([{ field: 'username', message }]);
    } finally {
      setSubmitting(false);
    }
  }

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in to Roundtable</h1>
        <p className="govuk-body">Use the username and password your partnership administrator gave you.</p>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <TextField id="username" label="Username" value={username} onChange={setUsername} error={errorFor('username')} autoComplete="username" spellCheck={false} />
          <TextField id="password" label="Password" type="password" value={password} onChange={setPassword} error={errorFor('password')} autoComplete="current-password" />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting} aria-disabled={submitting}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
