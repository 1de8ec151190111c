// What the REST API answers about a meeting beyond its record.
import type { DocKind } from '../live/docNames.js';

/** One live document of a meeting that this user may open (GET /api/meetings/:id, `liveDocuments`). */
export interface LiveDocumentRef {
  name: string;
  kind: DocKind;
  personId?: string;
}
