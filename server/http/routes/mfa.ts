// The second factor: the code step of signing in, TOTP enrolment (QR + recovery codes), and an admin reset.
import { Router, type Request } from 'express';
import type { PublicUser } from '../../../shared/domain/records.js';
import { mfaCodeInput, mfaEnrolmentInput } from '../../../shared/domain/schemas.js';
import { openSession } from '../../auth/signIn.js';
import { clearPending, pendingOf } from '../../auth/totp/pending.js';
import { mfaRequiredRoles } from '../../auth/totp/policy.js';
import { newRecoveryCodes } from '../../auth/totp/recoveryCodes.js';
import { checkRecoveryCode, checkTotp } from '../../auth/totp/secondFactor.js';
import { newTotpSecret, otpauthUrl, qrDataUrl, verifyTotp } from '../../auth/totp/totp.js';
import type { Services } from '../../services/index.js';
import { Conflict, DomainError } from '../../errors.js';
import type { AuditedError } from '../errors.js';
import { failureLimiter } from '../failureLimiter.js';
import { requireRole, requireUser } from '../middleware.js';
import type { SignInGuard } from '../signInGuard.js';

class CodeRefused extends DomainError implements AuditedError {
  readonly audited = true;
  constructor(message: string) {
    super(401, message);
  }
}

const NO_PENDING = 'Your sign-in has timed out or was not started. Sign in with your username and password again.';
const WRONG_CODE = 'The code is not right. Check your authenticator app and try again.';
const REUSED_CODE = 'That code has already been used. Wait for the next code in your authenticator app.';
const WRONG_RECOVERY = 'The recovery code is not right, or has already been used';
/** An enrolment not confirmed within this time needs a new secret. */
const ENROLMENT_MS = 15 * 60 * 1000;

/** Who is enrolling: the signed-in user, or one whose password was right and who must enrol first. */
async function enrollingUser(req: Request, services: Services): Promise<{ user: PublicUser; pending: boolean } | null> {
  if (req.user) return { user: req.user, pending: false };
  const pending = pendingOf(req);
  if (pending?.stage !== 'enrol') return null;
  const user = await services.users.findActiveById(pending.userId);
  return user ? { user, pending: true } : null;
}

export function mfaRoutes(services: Services, guard: SignInGuard, attemptLimit: number): Router {
  const router = Router();
  const required = mfaRequiredRoles();
  const pendingSubject = (req: Request) => pendingOf(req)?.userId ?? req.user?._id ?? '';

  router.post('/api/auth/mfa', failureLimiter(attemptLimit, { subject: pendingSubject }), async (req, res) => {
    const pending = pendingOf(req);
    if (pending?.stage !== 'verify') throw new CodeRefused(NO_PENDING);
    const body = mfaCodeInput.parse(req.body);
    const where = { username: pending.username, ip: req.ip ?? '' };
    await guard.refuseIfLocked(req, res, pending.username);
    const user = await services.users.findActiveById(pending.userId);
    if (!user) {
      clearPending(req);
      throw new CodeRefused(NO_PENDING);
    }
    let method: 'totp' | 'recovery-code' = 'totp';
    if (body.code !== undefined) {
      const outcome = await checkTotp(services.users, user._id, body.code);
      if (outcome !== 'ok') {
        await guard.recordFailure(req, res, pending.username, outcome === 'reused' ? 'auth.mfa-reused' : 'auth.mfa-failed', user._id);
        throw new CodeRefused(outcome === 'reused' ? REUSED_CODE : WRONG_CODE);
      }
    } else {
      const { outcome, left } = await checkRecoveryCode(services.users, user._id, body.recoveryCode ?? '');
      if (outcome !== 'ok') {
        await guard.recordFailure(req, res, pending.username, 'auth.mfa-failed', user._id);
        throw new CodeRefused(WRONG_RECOVERY);
      }
      method = 'recovery-code';
      await services.audit.record(user._id, 'auth.mfa-recovery-used', 'user', user._id, { ...where, left });
    }
    await guard.clear(pending.username);
    await openSession(req, user);
    await services.audit.record(user._id, 'auth.login', 'user', user._id, { ...where, mfa: method });
    res.json({ user });
  });

  router.get('/api/auth/mfa/enrolment', async (req, res) => {
    const who = await enrollingUser(req, services);
    if (!who) throw new CodeRefused(NO_PENDING);
    const doc = await services.users.findDoc(who.user._id);
    if (doc?.mfa) throw new Conflict('Two-step sign-in is already set up for your account. Ask your administrator to reset it.');
    const fresh = doc?.mfaEnrolment && Date.now() - Date.parse(doc.mfaEnrolment.createdAt) < ENROLMENT_MS;
    const secret = fresh && doc?.mfaEnrolment ? doc.mfaEnrolment.secret : await newTotpSecret();
    if (!fresh) await services.users.startMfaEnrolment(who.user._id, secret);
    const url = await otpauthUrl(who.user.username, secret);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ secret, otpauthUrl: url, qrCode: await qrDataUrl(url) });
  });

  router.post('/api/auth/mfa/enrolment', failureLimiter(attemptLimit, { subject: pendingSubject }), async (req, res) => {
    const who = await enrollingUser(req, services);
    if (!who) throw new CodeRefused(NO_PENDING);
    const { code } = mfaEnrolmentInput.parse(req.body);
    const doc = await services.users.findDoc(who.user._id);
    if (doc?.mfa) throw new Conflict('Two-step sign-in is already set up for your account');
    const secret = doc?.mfaEnrolment?.secret;
    if (!secret) throw new Conflict('Start the set-up again: there is no code to confirm');
    const step = await verifyTotp(secret, code);
    if (step === null) {
      await services.audit.record(who.user._id, 'auth.mfa-enrolment-failed', 'user', who.user._id, { ip: req.ip ?? '' });
      throw new DomainError(400, WRONG_CODE);
    }
    const { codes, hashes } = await newRecoveryCodes();
    await services.users.confirmMfaEnrolment(who.user._id, secret, step, hashes);
    await services.audit.record(who.user._id, 'auth.mfa-enrolled', 'user', who.user._id, { ip: req.ip ?? '' });
    res.setHeader('Cache-Control', 'no-store');
    if (!who.pending) {
      res.json({ recoveryCodes: codes });
      return;
    }
    const username = pendingOf(req)?.username ?? who.user.username;
    await guard.clear(username);
    await openSession(req, who.user);
    await services.audit.record(who.user._id, 'auth.login', 'user', who.user._id, { username, ip: req.ip ?? '', mfa: 'enrolled' });
    res.json({ user: who.user, recoveryCodes: codes });
  });

  router.get('/api/me/mfa', requireUser, async (req, res) => {
    const doc = await services.users.findDoc(req.user?._id ?? '');
    res.json({
      enrolled: Boolean(doc?.mfa),
      required: Boolean(doc && required.has(doc.role)),
      recoveryCodesLeft: doc?.mfa?.recoveryCodes.length ?? 0,
    });
  });

  router.delete('/api/users/:id/mfa', requireRole('admin'), async (req, res) => {
    const id = String(req.params.id);
    const changed = await services.users.resetMfa(id);
    if (changed) await services.audit.record(req.user?._id ?? null, 'auth.mfa-reset', 'user', id, { by: 'admin' });
    res.status(204).end();
  });
  return router;
}
