// What the sign-in page says when a single sign-on came back refused (/login?sso=<reason>): fixed wording, never
// text from the address bar.
const MESSAGES: Record<string, string> = {
  failed: 'Signing in with your organisation did not work. Try again, or sign in with your username and password.',
  unregistered: 'That sign-in service is not registered with Roundtable. Use your agency’s sign-in button.',
  'no-account': 'Your organisation account is not linked to a Roundtable account. Ask your partnership administrator.',
  'wrong-agency': 'Your organisation account does not belong to the agency of that sign-in service.',
  disabled: 'Your Roundtable account is disabled. Ask your partnership administrator.',
  expired: 'Your sign-in took too long or was started in another window. Try again.',
};

export function ssoMessage(reason: string | null): string | null {
  if (!reason) return null;
  return MESSAGES[reason] ?? MESSAGES.failed;
}
