// The SMTP transport, from config.smtp (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_ALLOW_PLAINTEXT, SMTP_USER, SMTP_PASS,
// SMTP_FROM). TLS is required: TLS from the start with SMTP_SECURE=1 (port 465), else STARTTLS, with a valid
// certificate. SMTP_ALLOW_PLAINTEXT=1 drops that requirement, for a relay on the same host or network only.
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';

/** Null when SMTP_HOST is unset: messages then stay in the outbox as 'not-configured' (and nodemailer is never loaded). */
export async function createSmtpTransport(smtp: Config['smtp']): Promise<Transporter | null> {
  if (!smtp.host) return null;
  const { default: nodemailer } = await import('nodemailer');
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

const MAX_DETAIL = 200;

/** Text from a mail server or an error, with every e-mail address taken out and its length bounded. */
export function withoutAddresses(text: string): string {
  const clean = text
    .replace(/<?[^\s<>"'(),;:]+@[^\s<>"'(),;:]+>?/g, '<address>')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_DETAIL ? `${clean.slice(0, MAX_DETAIL)}…` : clean;
}

interface SendErrorShape {
  name?: string;
  message?: string;
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  cause?: unknown;
}

/**
 * A failure described without personal data, keeping its real cause: the error code (and the system
 * code under it, e.g. ESOCKET (ECONNRESET)), the SMTP status code and the command it answered, and the
 * server's reply or the error's own message with every address taken out. An error that is not the
 * transport's (no code) is described by its name and message, with the step it came from.
 */
export function describeSendError(err: unknown, step?: string): string {
  const e = (err && typeof err === 'object' ? err : { message: String(err) }) as SendErrorShape;
  const code = typeof e.code === 'string' && e.code ? e.code : null;
  const original = typeof e.originalCode === 'string' && e.originalCode !== code ? e.originalCode : null;
  const responseCode = typeof e.responseCode === 'number' && e.responseCode > 0 ? e.responseCode : null;
  const command = typeof e.command === 'string' && e.command ? e.command.split(' ')[0] : null;
  // nodemailer appends the server's reply to its message; the reply alone says more when there is one.
  const said = typeof e.response === 'string' && e.response ? e.response : (e.message ?? '');
  const cause = e.cause && typeof e.cause === 'object' && 'message' in e.cause ? String((e.cause as Error).message) : null;
  const parts = [
    code === 'ETLS' ? TLS_REQUIRED : null,
    code ? `${code}${original ? ` (${original})` : ''}` : `${step ? `${step}: ` : ''}${e.name && e.name !== 'Error' ? e.name : 'error'} without a code`,
    responseCode ? `SMTP ${responseCode}` : null,
    command ? `during ${command}` : null,
    said ? `${responseCode ? 'server said' : 'message'}: ${withoutAddresses(said)}` : null,
    cause ? `cause: ${withoutAddresses(cause)}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}
