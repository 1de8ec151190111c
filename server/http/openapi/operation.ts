// What one API operation is, as the OpenAPI document describes it; one module per API area lists its operations.
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Refusals a route answers itself; 400/413 (a body), 401 (signed in) and 403 (foreign origin) are added from the operation. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503;

export interface Operation {
  method: Method;
  /** OpenAPI style, e.g. /api/meetings/{id}; its path parameters come from the {name} segments. */
  path: string;
  summary: string;
  /** Who may call it, in words (the policy decides). */
  roles?: string;
  /** Callable without a session. */
  public?: boolean;
  /** The zod schema the route parses the JSON body with. */
  body?: z.ZodType;
  /** The zod object the route parses the query string with. */
  query?: z.ZodObject;
  /** The success status: 200 unless said. */
  status?: 200 | 201 | 204 | 303;
  /** The success answer's JSON body. */
  response?: z.ZodType;
  /** Other content types of the success answer, e.g. application/pdf, text/csv (binary strings). */
  files?: string[];
  errors?: ErrorStatus[];
  /** Other answers that are not refusals, e.g. /health's 503 with the health body. */
  alternates?: { status: number; description: string; response: z.ZodType }[];
}

export interface ApiArea {
  tag: string;
  description: string;
  operations: Operation[];
}
