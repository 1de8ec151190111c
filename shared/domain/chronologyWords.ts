// Words the chronology (built on the server) uses for custody codes; action statuses are worded by actionStatus.ts.
export const CUSTODY_WORDS: Record<string, string> = {
  remand: 'on remand',
  sentenced: 'sentenced (in custody)',
  'in-custody': 'sentenced (in custody)',
  recalled: 'recalled to custody',
  'unlawfully-at-large': 'unlawfully at large',
  'on-licence': 'on licence',
  'on-hdc': 'on home detention curfew (HDC)',
  'post-sentence': 'post-sentence supervision',
  'community-order': 'in the community on an order',
  diversion: 'diversion',
};
