// Who has viewed this person's record, from the audit log: each user once, with their latest view.
import { useCallback } from 'react';
import { api } from '../../api';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { useApiData } from '../../components/useApiData';
import { formatDateTime } from '../../format';
import type { Directory } from '../../session/useDirectory';

export function PersonViewers({ personId, directory }: { personId: string; directory: Directory | null }) {
  const load = useCallback((signal: AbortSignal) => api.personViewers(personId, signal), [personId]);
  const viewers = useApiData(load);
  if (viewers.status !== 'loaded') return null;
  return (
    <GovukTable caption="Who has viewed this record" captionStyle="medium" columns={['Name', 'Agency', 'Last viewed']} testId="person-viewers">
      {viewers.data.items.map((viewer) => (
        <Row key={viewer.userId}>
          <Cell>{viewer.displayName}</Cell>
          <Cell>{directory?.agency(viewer.agencyId)?.name ?? ''}</Cell>
          <Cell>{formatDateTime(viewer.at)}</Cell>
        </Row>
      ))}
    </GovukTable>
  );
}
