// The SMTP transport, from config.smtp (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, SMTP_FROM).
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';

/** Null when SMTP_HOST is unset: messages then stay in the outbox as 'not-configured'. */
export function createSmtpTransport(smtp: Config['smtp']): Transporter | null {
  if (!smtp.host) return null;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

/**
 * A failure described without personal data: SMTP replies often echo addresses or content,
 * so only the error code and the SMTP status code are kept.
 */
export function describeSendError(err: unknown): string {
  const { code, responseCode, command } = (err ?? {}) as { code?: string; responseCode?: number; command?: string };
  const parts = [code ?? 'ERROR', responseCode ? `SMTP ${responseCode}` : null, command ? `during ${command.split(' ')[0]}` : null];
  return parts.filter(Boolean).join(', ');
}
