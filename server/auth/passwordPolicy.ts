// The one password policy, for every path that sets a password (NIST SP 800-63B / OWASP ASVS 2.1): at least
// 12 characters, and not a common or breached password, nor one dressed up with a few digits or symbols,
// nor a run such as "abcdefgh" or "11111111". The list is zxcvbn-ts's common-password dictionary, loaded when a
// password is first set (its dictionaries are megabytes a server at rest need not hold).
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/domain/schemas.js';
import { Invalid } from '../errors.js';

let common: Promise<Set<string>> | undefined;
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())));
  return common;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** The password stripped of the decoration people add to a weak one: digits and symbols at either end. */
function core(password: string): string {
  return password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

const RUN_MIN = 6;

/** True when the text (6 or more characters) steps through neighbouring characters ("abcdef", "987654", "aaaaaa") or repeats one short chunk. */
function isRun(text: string): boolean {
  if (text.length < RUN_MIN) return false;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.charCodeAt(i) - text.charCodeAt(i - 1));
  if (steps.size === 1 && Math.abs([...steps][0]) <= 1) return true;
  return /^(.{1,4})\1+$/u.test(text);
}

function candidates(password: string): string[] {
  const lower = password.toLowerCase();
  const unleet = [...lower].map((c) => LEET[c] ?? c).join('');
  // A core too short to mean anything (a random password with one letter inside) is not judged on its own.
  return [...new Set([lower, core(lower), unleet, core(unleet)])].filter((form) => form.length >= 4);
}

/** Why the password may not be used, or null when it may. Never repeats the password. */
export async function passwordProblem(password: string): Promise<string | null> {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const list = await commonPasswords();
  const forms = candidates(password);
  if (forms.some((form) => list.has(form))) return 'is too easy to guess: it is on a list of common or breached passwords';
  const stripped = password.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (isRun(stripped) || forms.some(isRun)) {
    return 'is too easy to guess: it is a simple sequence or repetition';
  }
  return null;
}

export const PASSWORD_ADVICE = 'Choose a longer one that is hard to guess, for example three or four random words.';

/** Throws a 400 naming the field when the password breaks the policy. */
export async function assertPasswordAllowed(password: string, field = 'password'): Promise<void> {
  const problem = await passwordProblem(password);
  if (problem) throw new Invalid(`Invalid ${field}: ${problem}. ${PASSWORD_ADVICE}`, [{ field, message: problem }]);
}
