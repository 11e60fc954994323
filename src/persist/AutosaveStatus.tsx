/** A quiet word in the header on whether the open design is safe in this browser. */
import { useStore } from 'zustand';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { persistStateOf, type AutosaveStatus as Status } from './persistState.ts';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function AutosaveStatus() {
  const status = useStore(persistStateOf(useDesignStoreApi()), (s) => s.status);
  const { text, title, tone } = describe(status);
  return (
    <p role="status" aria-label="Autosave" title={title} className={`mr-3 ml-auto max-w-72 truncate text-[11px] ${tone}`}>
      {text}
    </p>
  );
}

function describe(status: Status): { text: string; title?: string; tone: string } {
  switch (status.kind) {
    case 'starting':
      return { text: 'Opening…', tone: 'text-slate-400' };
    case 'idle':
      return { text: 'Autosave on', title: 'Each change is saved in this browser as you make it', tone: 'text-slate-500' };
    case 'saved':
      return { text: `Saved in this browser ${time.format(status.at)}`, title: 'Reloading the page reopens this design', tone: 'text-slate-500' };
    case 'empty':
      return { text: 'Empty design: not saved yet', title: 'Saved in this browser once it holds something; until then a reload reopens the last saved design', tone: 'text-slate-500' };
    case 'failed':
      return { text: 'Autosave failed', title: status.message, tone: 'font-medium text-red-700' };
    case 'conflict':
      return { text: 'Not saved: changed in another tab', title: 'Another tab saved this design after this tab opened it; choose what to keep', tone: 'font-medium text-red-700' };
    case 'off':
      return { text: 'Autosave off', title: status.message, tone: 'font-medium text-amber-700' };
  }
}
