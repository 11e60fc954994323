/** The look of every header button: one line each, padded so that the whole header is one row at 1440 px. */
export const HEADER_BUTTON =
  'rounded px-1.5 py-1 text-xs font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:outline-none disabled:opacity-40';
