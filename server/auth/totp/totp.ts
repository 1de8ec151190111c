// Time-based one-time codes (RFC 6238, 6 digits, 30 s) with otplib, and the enrolment QR code as a data URL.
// Both libraries are loaded on first use (a second factor set up or checked): a server at rest does not hold them.
const otplib = () => import('otplib');

export const ISSUER = 'Roundtable';
/** One step either side of now, for phones whose clocks drift. */
const TOLERANCE_SECONDS = 30;

export async function newTotpSecret(): Promise<string> {
  return (await otplib()).generateSecret({ length: 20 });
}

export async function otpauthUrl(username: string, secret: string): Promise<string> {
  return (await otplib()).generateURI({ issuer: ISSUER, label: username, secret });
}

export async function qrDataUrl(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

/** A well-formed code: six digits, spaces allowed ("123 456"). */
export function normaliseCode(code: string): string | null {
  const digits = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** The time step the code belongs to, or null when it is not right now (or not after `afterStep`). */
export async function verifyTotp(secret: string, code: string, afterStep?: number): Promise<number | null> {
  const token = normaliseCode(code);
  if (!token) return null;
  const result = await (await otplib()).verify({ secret, token, epochTolerance: TOLERANCE_SECONDS, ...(afterStep !== undefined ? { afterTimeStep: afterStep } : {}) });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
