// Partnership settings an administrator keeps: panels' chairs and the bases for sharing between panels.
import { panelPatch, sharingBasisInput } from '../../../shared/domain/schemas.js';
import { pageQuery } from '../middleware.js';
import type { ApiArea } from './operation.js';
import { page, panel, sharingBasis } from './records.js';

export const partnership: ApiArea = {
  tag: 'partnership',
  description: 'Panel chairs and sharing bases between panels',
  operations: [
    { method: 'patch', path: '/api/panels/{id}', summary: 'Change a panel, e.g. who chairs it', roles: 'admin', body: panelPatch, response: panel, errors: [404, 409] },
    { method: 'get', path: '/api/sharing-bases', summary: 'Recorded sharing bases between panels', roles: 'admin', query: pageQuery, response: page('SharingBasis', sharingBasis) },
    {
      method: 'post',
      path: '/api/sharing-bases',
      summary: "Record a basis for one panel's assessments to carry into another's meetings",
      roles: 'admin',
      body: sharingBasisInput,
      status: 201,
      response: sharingBasis,
      errors: [404, 409],
    },
  ],
};
