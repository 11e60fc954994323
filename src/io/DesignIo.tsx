/** Window-level ways in: dropped files, share links pasted into the address bar, and what an import said. */
import { useCallback, useEffect } from 'react';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { DropZone } from './DropZone.tsx';
import { ImportNoticeDialog } from './ImportNoticeDialog.tsx';
import { openDesignFile } from './openDesignFile.ts';
import { isShareHash, openSharedLink } from './openStartDesign.ts';

export function DesignIo() {
  const store = useDesignStoreApi();
  const onFile = useCallback((file: File) => void openDesignFile(store, file), [store]);
  useEffect(() => {
    const onHash = () => {
      if (isShareHash(window.location.hash)) void openSharedLink(store, window, false);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);
  return (
    <>
      <DropZone onFile={onFile} />
      <ImportNoticeDialog />
    </>
  );
}
