import { describe, expect, it } from 'vitest';
import { describeSendError, TLS_REQUIRED } from './transport.js';

// The shapes nodemailer 10 gives (captured against real sockets), with the fields describeSendError reads.
const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message)), fields);

describe('describeSendError', () => {
  it('keeps the SMTP status code, the command and the server reply, without addresses', () => {
    const reason = describeSendError(
      smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', message: "Can't send mail: 550 <probation@example.test> unavailable", response: '550 Mailbox <probation@example.test> unavailable' }),
    );
    expect(reason).toMatch(/^EENVELOPE, SMTP 550, during RCPT, server said: 550 Mailbox <address> unavailable$/);
    expect(reason).not.toContain('@');
  });

  it('says TLS was required when the upgrade was refused, with the reply', () => {
    const reason = describeSendError(smtpError({ code: 'ETLS', responseCode: 500, command: 'STARTTLS', message: 'Error upgrading connection with STARTTLS: 500 Error: command not recognized', response: '500 Error: command not recognized' }));
    expect(reason.startsWith(TLS_REQUIRED)).toBe(true);
    expect(reason).toContain('SMTP 500');
    expect(reason).toContain('command not recognized');
  });

  it('keeps the system code and message of a dropped connection', () => {
    expect(describeSendError(smtpError({ code: 'ESOCKET', originalCode: 'ECONNRESET', command: 'CONN', message: 'read ECONNRESET' }))).toBe(
      'ESOCKET (ECONNRESET), during CONN, message: read ECONNRESET',
    );
    expect(describeSendError(smtpError({ code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' }))).toBe(
      'ECONNECTION, during CONN, message: Connection closed unexpectedly',
    );
  });

  it('describes an error that is not the transport’s by its step, name and message, never as a bare code', () => {
    const reason = describeSendError(new TypeError('Cannot read properties of undefined (reading "name") for housing@example.test'), 'composing the message');
    expect(reason).toBe('composing the message: TypeError without a code, message: Cannot read properties of undefined (reading "name") for <address>');
    expect(describeSendError('boom')).toBe('error without a code, message: boom');
    expect(describeSendError(Object.assign(new Error('outer'), { cause: new Error('inner at x@y.test') }))).toContain('cause: inner at <address>');
  });
});
