// The domain services, built once per process. REST routes and the live layer both call these.
import type { Agency, Panel, Person } from '../../shared/domain/records.js';
import type { AgencyInput, PanelInput, PersonInput } from '../../shared/domain/schemas.js';
import type { Store } from '../store/port.js';
import { auditService } from './audit.js';
import { DomainEventBus } from './events.js';
import { meetingService } from './meetings.js';
import { recordService } from './records.js';
import { userService } from './users.js';

export function createServices(store: Store) {
  return {
    store,
    events: new DomainEventBus(),
    audit: auditService(store),
    users: userService(store),
    agencies: recordService<Agency, AgencyInput>(store.collection('agencies'), 'Agency'),
    panels: recordService<Panel, PanelInput>(store.collection('panels'), 'Panel'),
    people: recordService<Person, PersonInput>(store.collection('people'), 'Person'),
    meetings: meetingService(store),
  };
}
export type Services = ReturnType<typeof createServices>;
