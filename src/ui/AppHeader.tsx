import { GenerateFabricButton } from '../generator-ui/GenerateFabricButton.tsx';
import { FileActions } from '../io/FileActions.tsx';
import { AutosaveStatus } from '../persist/AutosaveStatus.tsx';
import { DesignMenu } from '../persist/DesignMenu.tsx';
import { STATUS_GLYPH, STATUS_TEXT_CLASS, STATUS_WORD } from './statusWords.ts';

const STATUSES = ['ok', 'warning', 'error'] as const;

export function AppHeader() {
  return (
    <header className="flex h-10 shrink-0 items-center justify-between border-b border-slate-200 bg-white px-4">
      <div className="flex items-center gap-1">
        <span aria-hidden="true" className="grid size-5 place-items-center rounded bg-slate-800 text-[10px] font-bold text-white">
          FD
        </span>
        {/* below 1440 px the name gives its room to the autosave word; the FD mark stays */}
        <span className="mr-1 ml-1 hidden text-sm font-semibold whitespace-nowrap text-slate-800 min-[1440px]:inline">Fabric Designer</span>
        <DesignMenu />
        <GenerateFabricButton />
        <FileActions />
      </div>
      <AutosaveStatus />
      <ul aria-label="Link verdict legend" className="flex items-center gap-2 text-xs whitespace-nowrap text-slate-600">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span aria-hidden="true" className={`font-bold ${STATUS_TEXT_CLASS[s]}`}>
              {STATUS_GLYPH[s]}
            </span>
            {STATUS_WORD[s]}
          </li>
        ))}
      </ul>
    </header>
  );
}
