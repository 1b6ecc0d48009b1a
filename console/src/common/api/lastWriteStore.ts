import { create } from 'zustand';

/**
 * The log position of this person's latest change. Lists read from read models that follow
 * the log, so they ask for `after=<position>` and show the change they just made.
 */
interface LastWriteState {
  readonly position: string | undefined;
  wrote(position: string): void;
}

export const useLastWriteStore = create<LastWriteState>()((set) => ({
  position: undefined,
  wrote: (position) => set({ position }),
}));
