/** Hands the store to React through context, so tests and future tabs can each own one. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DesignState, DesignStore } from './designStore.ts';

export const DesignStoreContext = createContext<DesignStore | null>(null);

export function useDesignStoreApi(): DesignStore {
  const store = useContext(DesignStoreContext);
  if (!store) throw new Error('useDesignStore needs a <DesignStoreContext.Provider>');
  return store;
}

/** Reads one narrow slice of the store; the component re-renders only when that slice changes. */
export function useDesignStore<T>(selector: (state: DesignState) => T): T {
  return useStore(useDesignStoreApi(), selector);
}
