// The partnership's agencies and panels, for the person form's choices and the person page's names.
import { useCallback } from 'react';
import type { Agency, Panel } from '../../../../shared/domain/records';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';

export interface PersonChoices {
  agencies: Agency[];
  panels: Panel[];
  /** False until both lists have arrived. */
  loaded: boolean;
}

const NONE: PersonChoices = { agencies: [], panels: [], loaded: false };

/** Empty lists until both have loaded (the form then shows its choices). */
export function usePersonChoices(): PersonChoices {
  const load = useCallback(async (signal: AbortSignal): Promise<PersonChoices> => {
    const [agencies, panels] = await Promise.all([api.agencies(signal), api.panels(signal)]);
    return { agencies: agencies.items, panels: panels.items, loaded: true };
  }, []);
  const choices = useApiData(load);
  return choices.status === 'loaded' ? choices.data : NONE;
}
