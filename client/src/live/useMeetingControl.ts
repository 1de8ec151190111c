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
type Command = 'meeting:start' | 'meeting:pause' | 'meeting:resume';

export interface MeetingControl {
  connected: boolean;
  state: MeetingStateEvent | null;
  presence: PresenceEntry[];
  canControl: boolean;
  /** The last refusal or failure, in words for the user. */
  error: string | null;
  setCurrentItem(itemId: string): void;
  start(): void;
  pause(): void;
  resume(): void;
}

export function useMeetingControl(meetingId: string): MeetingControl {
  const socketRef = useRef<ControlSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [state, setState] = useState<MeetingStateEvent | null>(null);
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [canControl, setCanControl] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
      });
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('meeting:state', onState);
    socket.on('presence', (event) => {
      if (event.meetingId === meetingId) setPresence(event.users);
    });
    return () => {
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
    error,
    setCurrentItem: useCallback((itemId: string) => socketRef.current?.emit('meeting:setCurrentItem', { meetingId, itemId }, onAck), [meetingId, onAck]),
    start: useCallback(() => command('meeting:start'), [command]),
    pause: useCallback(() => command('meeting:pause'), [command]),
    resume: useCallback(() => command('meeting:resume'), [command]),
  };
}
