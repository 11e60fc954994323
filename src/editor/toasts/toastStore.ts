/** Short messages after an action: refusals (alerts) and confirmations (status), dismissed after a while. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface Toast {
  readonly id: number;
  readonly tone: 'refusal' | 'info';
  readonly message: string;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  show(tone: Toast['tone'], message: string): void;
  dismiss(id: number): void;
}

const LIFETIME_MS = { refusal: 8000, info: 4000 } as const;
const MAX_SHOWN = 3;
let nextId = 1;

export const toasts = createStore<ToastState>()((set, get) => ({
  toasts: [],
  show: (tone, message) => {
    const id = nextId++;
    // the same refusal twice in a row is shown once, as the newest
    const others = get().toasts.filter((t) => t.message !== message);
    set({ toasts: [...others, { id, tone, message }].slice(-MAX_SHOWN) });
    setTimeout(() => get().dismiss(id), LIFETIME_MS[tone]);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const refuse = (message: string) => toasts.getState().show('refusal', message);
export const inform = (message: string) => toasts.getState().show('info', message);

export function useToasts(): readonly Toast[] {
  return useStore(toasts, (s) => s.toasts);
}
