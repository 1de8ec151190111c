// The REST calls behind the first days after release: the release-day confirmation and the day-1 itinerary.
import type { CheckState, DayOfReleaseKey } from '../../../../shared/live/caseFields';
import type { FirstDaysView } from '../../../../shared/api/firstDays';
import type { ItineraryInput, ItineraryView, ReleaseConfirmation, ReleaseConfirmationInput, ReleaseConfirmationView } from '../../../../shared/domain/firstDays';
import { request } from '../../api';

const base = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

export const firstDaysApi = {
  confirmations: (personId: string, signal?: AbortSignal) => request<ReleaseConfirmationView>(`${base(personId)}/release-confirmation`, { signal }),
  confirm: (personId: string, input: ReleaseConfirmationInput) => request<ReleaseConfirmation>(`${base(personId)}/release-confirmation`, { method: 'POST', body: input }),
  firstDays: (personId: string, signal?: AbortSignal) => request<FirstDaysView>(`${base(personId)}/first-days`, { signal }),
  checkFirstDays: (personId: string, key: DayOfReleaseKey, state: CheckState) =>
    request<FirstDaysView>(`${base(personId)}/first-days/${encodeURIComponent(key)}`, { method: 'PUT', body: { state } }),
  itinerary: (personId: string, signal?: AbortSignal) => request<ItineraryView>(`${base(personId)}/itinerary`, { signal }),
  saveItinerary: (personId: string, input: ItineraryInput) => request<ItineraryView>(`${base(personId)}/itinerary`, { method: 'PUT', body: input }),
};
