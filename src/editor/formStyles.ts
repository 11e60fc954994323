/** The controls of the editor's dialogs (place, connect). */
export const FIELD = 'h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-[13px] text-slate-900 focus:border-sky-500 focus:ring-2 focus:ring-sky-200 focus:outline-none';
export const PRIMARY_BUTTON = 'h-8 rounded-md bg-sky-600 px-3 text-[13px] font-medium text-white shadow-sm hover:bg-sky-700 disabled:cursor-not-allowed disabled:bg-slate-300';
export const SECONDARY_BUTTON = 'h-8 rounded-md border border-slate-300 bg-white px-3 text-[13px] font-medium text-slate-700 hover:bg-slate-50';
