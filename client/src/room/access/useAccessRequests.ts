// The pending requests for restricted sections (chair only), read again on each meeting change (a request emits `meeting:state`).
import { useEffect, useState } from 'react';
import { accessApi } from './accessApi';
import type { AccessRequest } from '../../../../shared/domain/records';

export function useAccessRequests(meetingId: string, meetingSeq: number, reloads: number): AccessRequest[] {
  const [requests, setRequests] = useState<AccessRequest[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    accessApi.pendingRequests(meetingId, controller.signal).then(
      (items) => setRequests(items),
      () => undefined,
    );
    return () => controller.abort();
  }, [meetingId, meetingSeq, reloads]);
  return requests;
}
