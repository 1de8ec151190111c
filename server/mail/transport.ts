// The SMTP transport, from config.smtp (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_ALLOW_PLAINTEXT, SMTP_USER, SMTP_PASS,
// SMTP_FROM). TLS is required: TLS from the start with SMTP_SECURE=1 (port 465), else STARTTLS, with a valid
// certificate. SMTP_ALLOW_PLAINTEXT=1 drops that requirement, for a relay on the same host or network only.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';

/** Null when SMTP_HOST is unset: messages then stay in the outbox as 'not-configured'. */
export function createSmtpTransport(smtp: Config['smtp']): Transporter | null {
  if (!smtp.host) return null;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // Without it nodemailer sends in plaintext whenever the server does not offer STARTTLS.
    requireTLS: !smtp.secure && !smtp.allowPlaintext,
    tls: { minVersion: 'TLSv1.2' },
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

export const TLS_REQUIRED = 'TLS required: the mail server did not set up TLS (SMTP_SECURE=1 for a TLS port; SMTP_ALLOW_PLAINTEXT=1 only for a local relay)';

/**
 * A failure described without personal data: SMTP replies often echo addresses or content,
 * so only the error code and the SMTP status code are kept.
 */
export function describeSendError(err: unknown): string {
  const { code, responseCode, command } = (err ?? {}) as { code?: string; responseCode?: number; command?: string };
  const parts = [
    code === 'ETLS' ? TLS_REQUIRED : null,
    code ?? 'ERROR',
    responseCode ? `SMTP ${responseCode}` : null,
    command ? `during ${command.split(' ')[0]}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}
