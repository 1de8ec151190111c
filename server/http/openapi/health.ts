// Liveness and health of the service (no session needed), and this document.
import { z } from 'zod';
import type { ApiArea } from './operation.js';

const up = z.enum(['UP', 'DOWN']);
const health = z.object({
  status: up,
  components: z.object({ store: z.object({ kind: z.string(), status: up }) }),
  live: z.object({ redis: z.boolean(), meetingControlSharedAcrossProcesses: z.boolean(), documentsSharedAcrossProcesses: z.boolean(), note: z.string().optional() }),
  uptimeSeconds: z.number().int(),
});

export const service: ApiArea = {
  tag: 'service',
  description: 'Health, liveness and this description',
  operations: [
    { method: 'get', path: '/health', public: true, summary: 'Service health with the store kind and state (503 when the store is down)', response: health, alternates: [{ status: 503, description: 'The store is down', response: health }] },
    { method: 'get', path: '/ping', public: true, summary: 'Liveness', response: z.object({ status: z.literal('pong') }) },
    {
      method: 'get',
      path: '/api/openapi.json',
      public: true,
      summary: 'This OpenAPI description',
      response: z.object({ openapi: z.string() }).catchall(z.unknown()),
    },
  ],
};
