import { describe, expect, it } from 'vitest';
import { custodyEpisodeInput, describeEpisodeType } from '../domain/custodyEpisodes.js';
import { episodeMoveFor, overlappingEpisode } from './custodyEpisodes.js';

describe('a custody episode', () => {
  it('is a remand, a sentence or a recall; a recall needs its type and reason, nothing else has a recall type', () => {
    expect(custodyEpisodeInput.safeParse({ type: 'remand', startDate: '2026-01-05' }).success).toBe(true);
    const recall = custodyEpisodeInput.safeParse({ type: 'recall', startDate: '2026-01-05' });
    expect(recall.success).toBe(false);
    expect(recall.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['recallType', 'Select the type of recall'],
      ['reason', 'Enter the reason for the recall'],
    ]);
    expect(custodyEpisodeInput.safeParse({ type: 'recall', recallType: 'fixed-term', startDate: '2026-01-05', reason: 'Missed appointments' }).success).toBe(true);
    const sentence = custodyEpisodeInput.safeParse({ type: 'sentence', recallType: 'standard', startDate: '2026-01-05' });
    expect(sentence.error!.issues[0]).toMatchObject({ path: ['recallType'], message: 'Only a recall has a type of recall' });
  });

  it('refuses an unknown type, a recall type that does not exist, an unreal date and an end before the start', () => {
    expect(custodyEpisodeInput.safeParse({ type: 'holiday', startDate: '2026-01-05' }).error!.issues[0].message).toBe('Select the type of custody');
    expect(custodyEpisodeInput.safeParse({ type: 'recall', recallType: 'short', startDate: '2026-01-05', reason: 'x' }).error!.issues[0].message).toBe(
      'Select the type of recall',
    );
    expect(custodyEpisodeInput.safeParse({ type: 'remand', startDate: '2026-02-30' }).error!.issues[0].message).toBe('Start date must be a real date');
    expect(custodyEpisodeInput.safeParse({ type: 'remand', startDate: '2026-02-03', endDate: '2026-02-02' }).error!.issues[0]).toMatchObject({
      path: ['endDate'],
      message: 'End date must be the same as or after the start date',
    });
    expect(custodyEpisodeInput.safeParse({ type: 'remand', startDate: '2026-02-03', endDate: '2026-02-03' }).success).toBe(true);
    expect(custodyEpisodeInput.safeParse({ type: 'remand', startDate: '2026-02-03', colour: 'red' }).success).toBe(false);
  });

  it('reads as its type, with the kind of recall', () => {
    expect(describeEpisodeType({ type: 'recall', recallType: 'fixed-term' })).toBe('Recall (fixed-term recall)');
    expect(describeEpisodeType({ type: 'remand' })).toBe('Remand');
  });
});

describe('a custody-status change moves the episodes', () => {
  it('opens an episode going into custody and ends the open one coming out', () => {
    expect(episodeMoveFor('on-licence', 'recalled')).toEqual({ closeOpen: true, open: 'recall' });
    expect(episodeMoveFor('remand', 'sentenced')).toEqual({ closeOpen: true, open: 'sentence' });
    expect(episodeMoveFor('community-order', 'remand')).toEqual({ closeOpen: true, open: 'remand' });
    expect(episodeMoveFor('sentenced', 'on-licence')).toEqual({ closeOpen: true });
    expect(episodeMoveFor('recalled', 'on-hdc')).toEqual({ closeOpen: true });
  });

  it('leaves the episode open for someone unlawfully at large, and opens nothing twice', () => {
    expect(episodeMoveFor('sentenced', 'unlawfully-at-large')).toEqual({ closeOpen: false });
    expect(episodeMoveFor('in-custody', 'sentenced')).toEqual({ closeOpen: false });
    expect(episodeMoveFor('unlawfully-at-large', 'sentenced')).toEqual({ closeOpen: true, open: 'sentence' });
  });
});

describe('overlapping episodes', () => {
  const remand = { _id: 'r', startDate: '2026-01-01', endDate: '2026-03-01' };
  const open = { _id: 'o', startDate: '2026-06-01', endDate: null };
  it('finds an episode whose time overlaps, an open one running on', () => {
    expect(overlappingEpisode({ startDate: '2026-02-01', endDate: '2026-02-10' }, [remand, open])).toBe(remand);
    expect(overlappingEpisode({ startDate: '2026-09-01' }, [remand, open])).toBe(open);
  });
  it('lets one episode start the day another ends, and an episode not overlap itself', () => {
    expect(overlappingEpisode({ startDate: '2026-03-01', endDate: '2026-05-31' }, [remand, open])).toBeUndefined();
    expect(overlappingEpisode({ _id: 'o', startDate: '2026-05-01' }, [remand, open])).toBeUndefined();
  });
});
