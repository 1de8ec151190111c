// The Socket.IO side of the room: who is present, the meeting state and the chair's current item.
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  isErrorAck,
  type ClientToServerEvents,
  type ErrorAck,
  type MeetingStateEvent,
  type PresenceEntry,
  type ServerToClientEvents,
} from '../../../shared/live/controlEvents';

type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Window event (detail: { personId }) when the server says a person on the agenda changed. */
export const PERSON_CHANGED = 'roundtable:person-changed';
type Command = 'meeting:start' | 'meeting:pause' | 'meeting:resume';

export interface MeetingControl {
  connected: boolean;
  state: MeetingStateEvent | null;
  presence: PresenceEntry[];
  canControl: boolean;
  /** Counts the server's `actions:changed` for this meeting (e.g. an earlier action updated): a reason to refetch. */
  actionsVersion: number;
  /** The last refusal or failure, in words for the user. */
  error: string | null;
  /** The server took this user's access to the meeting away while the room was open (access:revoked). */
  revoked: boolean;
  setCurrentItem(itemId: string): void;
  start(): void;
  pause(): void;
  resume(): void;
  /** Tells the room whether this page holds changes the server has not confirmed (sent again on reconnect). */
  reportUnsent(unsent: boolean): void;
}

export function useMeetingControl(meetingId: string): MeetingControl {
  const socketRef = useRef<ControlSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [state, setState] = useState<MeetingStateEvent | null>(null);
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [canControl, setCanControl] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [actionsVersion, setActionsVersion] = useState(0);
  const [revoked, setRevoked] = useState(false);
  const unsentRef = useRef(false);

  useEffect(() => {
    const socket: ControlSocket = io({ path: '/socket.io', withCredentials: true });
    socketRef.current = socket;
    const onState = (next: MeetingStateEvent) => {
      if (next.meetingId === meetingId) setState(next);
    };
    // Joining again on every (re)connection: the server forgets rooms when a socket drops.
    socket.on('connect', () => {
      setConnected(true);
      socket.emit('meeting:join', { meetingId }, (result) => {
        if (isErrorAck(result)) return setError(result.error);
        setError(null);
        const { presence: present, canControl: control, ...current } = result;
        setState(current);
        setPresence(present);
        setCanControl(control);
        if (unsentRef.current) socket.emit('meeting:unsent', { meetingId, unsent: true });
      });
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('meeting:state', onState);
    socket.on('actions:changed', (event) => {
      if (event.meetingId === meetingId) setActionsVersion((n) => n + 1);
    });
    // A person on the agenda changed (release date, custody status): whoever shows them re-reads them (usePerson).
    socket.on('person:changed', (event) => {
      if (event.meetingId === meetingId) window.dispatchEvent(new CustomEvent(PERSON_CHANGED, { detail: { personId: event.personId } }));
    });
    socket.on('presence', (event) => {
      if (event.meetingId === meetingId) setPresence(event.users);
    });
    // Taken off the meeting (attendees, a withdrawn guest invitation): the server has already left this socket out
    // of the room and closes the documents; the room stops showing the meeting and says why.
    socket.on('access:revoked', (event) => {
      if (event.meetingId === meetingId) setRevoked(true);
    });
    // Leaving the page on purpose says so, so the chair's close review does not list a lost connection; a page
    // still holding unsent changes does not, and is listed.
    const onPageHide = () => {
      if (!unsentRef.current) socket.disconnect();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [meetingId]);

  const onAck = useCallback((result: MeetingStateEvent | ErrorAck) => {
    if (isErrorAck(result)) return setError(result.error);
    setError(null);
    setState(result);
  }, []);

  const command = useCallback(
    (event: Command) => socketRef.current?.emit(event, { meetingId }, onAck),
    [meetingId, onAck],
  );

  return {
    connected,
    state,
    presence,
    canControl,
    actionsVersion,
    error,
    revoked,
    setCurrentItem: useCallback((itemId: string) => socketRef.current?.emit('meeting:setCurrentItem', { meetingId, itemId }, onAck), [meetingId, onAck]),
    start: useCallback(() => command('meeting:start'), [command]),
    pause: useCallback(() => command('meeting:pause'), [command]),
    resume: useCallback(() => command('meeting:resume'), [command]),
    reportUnsent: useCallback(
      (unsent: boolean) => {
        if (unsentRef.current === unsent) return;
        unsentRef.current = unsent;
        if (socketRef.current?.connected) socketRef.current.emit('meeting:unsent', { meetingId, unsent });
      },
      [meetingId],
    ),
  };
}
