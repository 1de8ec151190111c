// Registering an agency's OpenID Connect provider: issuer, client id and secret, and how users map to the agency.
import { useState, type FormEvent } from 'react';
import type { Agency } from '../../../../shared/domain/records';
import { ApiError } from '../../api';
import { AgencyOptions } from '../../components/AgencyOptions';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { identityProvidersApi } from './identityProvidersApi';

const EMPTY = { name: '', agencyId: '', issuer: '', clientId: '', clientSecret: '', claimName: '', claimValue: '', emailDomains: '' };

function validate(form: typeof EMPTY): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.name.trim()) errors.push({ field: 'idp-name', message: 'Enter the name shown on the sign-in button' });
  if (!form.agencyId) errors.push({ field: 'idp-agency', message: 'Choose the agency' });
  if (!/^https?:\/\/\S+$/.test(form.issuer.trim())) errors.push({ field: 'idp-issuer', message: 'Enter the issuer URL, such as https://login.example.gov.uk' });
  if (!form.clientId.trim()) errors.push({ field: 'idp-client-id', message: 'Enter the client ID' });
  if (!form.clientSecret) errors.push({ field: 'idp-client-secret', message: 'Enter the client secret' });
  const claim = Boolean(form.claimName.trim() && form.claimValue.trim());
  if (!claim && !form.emailDomains.trim()) errors.push({ field: 'idp-claim-name', message: 'Give a claim and value, or e-mail domains, to map users to the agency' });
  return errors;
}

export function IdentityProviderForm({ agencies, onCreated }: { agencies: Agency[]; onCreated(name: string): void }) {
  const [form, setForm] = useState(EMPTY);
  const [createUsers, setCreateUsers] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm({ ...form, [key]: value });
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validate(form);
    setErrors(problems);
    if (problems.length) return;
    setSubmitting(true);
    try {
      const domains = form.emailDomains.split(',').map((d) => d.trim()).filter(Boolean);
      await identityProvidersApi.create({
        name: form.name.trim(),
        agencyId: form.agencyId,
        issuer: form.issuer.trim(),
        clientId: form.clientId.trim(),
        clientSecret: form.clientSecret,
        ...(form.claimName.trim() && form.claimValue.trim() ? { agencyClaim: { name: form.claimName.trim(), value: form.claimValue.trim() } } : {}),
        ...(domains.length ? { emailDomains: domains } : {}),
        createUsers,
      });
      onCreated(form.name.trim());
      setForm(EMPTY);
      setCreateUsers(false);
    } catch (err) {
      setErrors([{ field: 'idp-name', message: err instanceof ApiError ? err.message : 'Could not register the provider. Try again.' }]);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Register a provider</h2>
      <TextField id="idp-name" label="Name on the sign-in button" value={form.name} onChange={set('name')} error={errorFor('idp-name')} />
      <div className={`govuk-form-group${errorFor('idp-agency') ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="idp-agency">
          Agency
        </label>
        <select className="govuk-select" id="idp-agency" value={form.agencyId} onChange={(event) => set('agencyId')(event.target.value)}>
          <option value="">Choose an agency</option>
          <AgencyOptions agencies={agencies} />
        </select>
      </div>
      <TextField id="idp-issuer" label="Issuer URL" value={form.issuer} onChange={set('issuer')} error={errorFor('idp-issuer')} spellCheck={false} />
      <TextField id="idp-client-id" label="Client ID" value={form.clientId} onChange={set('clientId')} error={errorFor('idp-client-id')} spellCheck={false} />
      <TextField id="idp-client-secret" label="Client secret" type="password" hint="Kept by Roundtable and never shown again." value={form.clientSecret} onChange={set('clientSecret')} error={errorFor('idp-client-secret')} autoComplete="off" />
      <TextField id="idp-claim-name" label="Agency claim name (optional)" hint="For example: agency, or groups" value={form.claimName} onChange={set('claimName')} error={errorFor('idp-claim-name')} spellCheck={false} />
      <TextField id="idp-claim-value" label="Agency claim value (optional)" value={form.claimValue} onChange={set('claimValue')} spellCheck={false} />
      <TextField id="idp-email-domains" label="E-mail domains (optional)" hint="Comma-separated, for example police.example.gov.uk" value={form.emailDomains} onChange={set('emailDomains')} spellCheck={false} />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="idp-create-users" type="checkbox" checked={createUsers} onChange={(event) => setCreateUsers(event.target.checked)} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="idp-create-users">
              Create a member account at a first sign-in when no account has the person’s e-mail
            </label>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting} aria-disabled={submitting}>
        Register provider
      </button>
    </form>
  );
}
