import { describe, expect, it } from 'vitest';
import { episodeBody, episodeForm } from './custodyEpisodeForm';

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe('the custody episode form', () => {
  it('asks for the type, the start date and, for a recall, its type and reason, all at once', () => {
    expect(episodeBody(episodeForm(null, 'HMP Northgate')).errors).toEqual([
      { field: 'type', message: 'Select the type of custody' },
      { field: 'startDate', message: 'Enter the date the custody started' },
    ]);
    const recall = { ...episodeForm(null), type: 'recall', startDate: date('31', '2', '2027') };
    expect(episodeBody(recall).errors).toEqual([
      { field: 'recallType', message: 'Select the type of recall' },
      { field: 'startDate', message: 'Start date must be a real date' },
      { field: 'reason', message: 'Enter the reason for the recall' },
    ]);
  });

  it('refuses an end before the start', () => {
    const state = { ...episodeForm(null), type: 'remand', startDate: date('3', '2', '2027'), endDate: date('2', '2', '2027') };
    expect(episodeBody(state).errors).toEqual([{ field: 'endDate', message: 'End date must be the same as or after the start date' }]);
  });

  it('sends the episode, a recall with its type, and no recall type for anything else', () => {
    const recall = { ...episodeForm(null, 'HMP Northgate'), type: 'recall', recallType: 'fixed-term', startDate: date('3', '2', '2027'), reason: 'Missed three appointments' };
    expect(episodeBody(recall).body).toEqual({ type: 'recall', recallType: 'fixed-term', startDate: '2027-02-03', endDate: null, prison: 'HMP Northgate', reason: 'Missed three appointments' });
    const remand = { ...recall, type: 'remand', reason: '', endDate: date('10', '3', '2027') };
    expect(episodeBody(remand).body).toEqual({ type: 'remand', startDate: '2027-02-03', endDate: '2027-03-10', prison: 'HMP Northgate' });
  });

  it('fills from a stored episode', () => {
    const state = episodeForm({ _id: 'e', personId: 'p', type: 'recall', recallType: 'standard', startDate: '2027-02-03', reason: 'x', createdAt: '', createdBy: '', createdByName: '' });
    expect(state).toMatchObject({ type: 'recall', recallType: 'standard', startDate: date('3', '2', '2027'), endDate: date('', '', ''), prison: '' });
  });
});
