// The REST calls of signing in: password, second factor, TOTP enrolment, and the agencies' sign-in providers.
import type { PublicUser } from '../../../../shared/domain/records';
import { request } from '../../api';

/** After the password: signed in, or a second step is needed. */
export type LoginResult = { user: PublicUser } | { next: 'mfa' | 'mfa-enrol' };

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  /** A data: URL of the QR code image. */
  qrCode: string;
}

export interface MfaStatus {
  enrolled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

export interface SignInProvider {
  id: string;
  name: string;
  /** Where the browser goes to start signing in there. */
  startUrl: string;
}

const post = { method: 'POST' as const, expectUnauthorized: true };

export const authApi = {
  login: (username: string, password: string) => request<LoginResult>('/api/auth/login', { ...post, body: { username, password } }),
  code: (code: string) => request<{ user: PublicUser }>('/api/auth/mfa', { ...post, body: { code } }),
  recoveryCode: (recoveryCode: string) => request<{ user: PublicUser }>('/api/auth/mfa', { ...post, body: { recoveryCode } }),
  enrolment: () => request<Enrolment>('/api/auth/mfa/enrolment', { expectUnauthorized: true }),
  confirmEnrolment: (code: string) =>
    request<{ recoveryCodes: string[]; user?: PublicUser }>('/api/auth/mfa/enrolment', { ...post, body: { code } }),
  mfaStatus: (signal?: AbortSignal) => request<MfaStatus>('/api/me/mfa', { signal }),
  providers: (signal?: AbortSignal) => request<{ providers: SignInProvider[] }>('/api/auth/providers', { signal, expectUnauthorized: true }),
};

/** Loads the app afresh at `destination`, so the session is read from the server (GET /api/me). */
export function enterApp(destination: string): void {
  window.location.assign(destination);
}
