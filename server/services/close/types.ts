// The narrow view of the document hub the close service needs.
import type { DocumentHub } from '../../documents/index.js';

/** What close needs of the live document hub (services.documents): read and snapshot, freeze (and unfreeze when a
 *  close fails before its commit point), flush. */
export type MeetingDocuments = Pick<DocumentHub, 'read' | 'encodeState' | 'freezeMeeting' | 'unfreezeMeeting' | 'isFrozen' | 'flush'>;
