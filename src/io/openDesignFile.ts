/** A picked or dropped file: opened as one undoable step, or refused with its problems listed. */
import type { DesignStore } from '../store/designStore.ts';
import { applyParseResult } from './importNotice.ts';
import { parseForView } from './parseForView.ts';
import { readDesignFile } from './readDesignFile.ts';

export async function openDesignFile(store: DesignStore, file: File): Promise<boolean> {
  return applyParseResult(store, file.name, await readDesignFile(file, parseForView));
}
