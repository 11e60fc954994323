import type { LinkStatus } from '../domain/engine/linkVerdict.ts';
import { STATUS_GLYPH, STATUS_TEXT_CLASS, STATUS_WORD } from './statusWords.ts';

export function StatusIcon({ status }: { status: LinkStatus }) {
  return (
    <span role="img" aria-label={STATUS_WORD[status]} className={`inline-block w-3.5 shrink-0 text-center font-semibold ${STATUS_TEXT_CLASS[status]}`}>
      {STATUS_GLYPH[status]}
    </span>
  );
}
