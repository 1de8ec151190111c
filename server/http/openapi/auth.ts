// Signing in and out (password, second factor, single sign-on), the session, and the user's own account.
import { z } from 'zod';
import { loginInput, mfaCodeInput, mfaEnrolmentInput, userInput } from '../../../shared/domain/schemas.js';
import type { ApiArea } from './operation.js';
import { signedIn, user } from './records.js';

/** Same as the route's body schema in routes/ownPassword.ts (to move to shared/domain/schemas.ts). */
export const passwordChange = z
  .strictObject({
    currentPassword: z.string().min(1, 'is required').max(200),
    newPassword: userInput.shape.password,
  })
  .refine((body) => body.currentPassword !== body.newPassword, { path: ['newPassword'], message: 'must differ from the current password' });

/** The callback's query as the identity provider sends it (the OpenID Connect library reads it). */
const oidcCallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
});

const loginAnswer = z.union([signedIn, z.object({ next: z.enum(['mfa', 'mfa-enrol']).describe('The second step to take: POST /api/auth/mfa or the enrolment') })]);

export const auth: ApiArea = {
  tag: 'auth',
  description: 'Signing in and out, the second factor, single sign-on and the session',
  operations: [
    {
      method: 'post',
      path: '/api/auth/login',
      public: true,
      summary: 'Sign in with username and password; sets the session cookie, or asks for the second factor',
      body: loginInput,
      response: loginAnswer,
      errors: [401, 429],
    },
    { method: 'post', path: '/api/auth/logout', public: true, summary: 'Sign out and clear the session cookie', status: 204 },
    { method: 'get', path: '/api/me', summary: 'The signed-in user', response: signedIn },
    { method: 'get', path: '/api/session', summary: "The session's idle timeout and absolute expiry; moves the idle expiry on", response: z.object({ idleTimeoutSeconds: z.number().int(), expiresAt: z.string() }) },
    {
      method: 'post',
      path: '/api/me/password',
      summary: 'Change your own password; every other session of the account ends',
      body: passwordChange,
      response: signedIn,
      errors: [429],
    },
    {
      method: 'post',
      path: '/api/auth/mfa',
      public: true,
      summary: 'The second step of signing in: an authenticator code or a recovery code',
      roles: 'whoever passed the password step',
      body: mfaCodeInput,
      response: signedIn,
      errors: [429],
    },
    {
      method: 'get',
      path: '/api/auth/mfa/enrolment',
      public: true,
      summary: 'Start (or resume) setting up two-step sign-in: the secret, its otpauth URL and a QR code',
      roles: 'the signed-in user, or one who must enrol before signing in',
      response: z.object({ secret: z.string(), otpauthUrl: z.string(), qrCode: z.string().describe('data: URL of a PNG') }),
      errors: [401, 409],
    },
    {
      method: 'post',
      path: '/api/auth/mfa/enrolment',
      public: true,
      summary: 'Confirm two-step sign-in with the first code; answers the recovery codes (and signs in a pending user)',
      roles: 'the signed-in user, or one who must enrol before signing in',
      body: mfaEnrolmentInput,
      response: z.object({ user: user.optional(), recoveryCodes: z.array(z.string()) }),
      errors: [401, 409, 429],
    },
    {
      method: 'get',
      path: '/api/me/mfa',
      summary: 'Whether two-step sign-in is set up and required, and how many recovery codes are left',
      response: z.object({ enrolled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int().min(0) }),
    },
    {
      method: 'get',
      path: '/api/auth/providers',
      public: true,
      summary: 'Enabled single sign-on providers, for the sign-in page',
      response: z.object({ providers: z.array(z.object({ id: z.string(), name: z.string(), startUrl: z.string() })) }),
    },
    {
      method: 'get',
      path: '/api/auth/oidc/{id}/start',
      public: true,
      summary: "Leave for the agency's identity provider (authorization code with PKCE); a redirect",
      status: 303,
    },
    {
      method: 'get',
      path: '/api/auth/oidc/callback',
      public: true,
      summary: 'Back from the identity provider: signs in and redirects to /, or back to /login with a reason',
      query: oidcCallbackQuery,
      status: 303,
    },
  ],
};
