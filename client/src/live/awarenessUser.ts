// What each client tells the others about itself through Yjs awareness.
export interface AwarenessUser {
  id: string;
  name: string;
  agency: string;
  color: string;
}

export interface AwarenessState {
  user?: AwarenessUser;
  /** Key of the field this user is typing in, e.g. "risk.whoAtRisk". */
  editing?: string | null;
}
