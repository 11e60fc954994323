/** The full bill of materials as a dialog, with unit prices to fill in and the CSV downloads. */
import type { Design } from '../../domain/model/design.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { analysisOf } from '../../store/useAnalysis.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { BomView } from './BomView.tsx';
import { CsvDownloads } from './CsvDownloads.tsx';

export function BomDialog({ design, onClose }: { design: Design; onClose: () => void }) {
  const setUnitPrice = useDesignStore((s) => s.setUnitPrice);
  const analysis = analysisOf(design);
  return (
    <ModalDialog title="Bill of materials" onClose={onClose} width="w-[min(1100px,95vw)]">
      <p className="mb-3 text-slate-600">
        {design.name}. Unit prices are saved with the design, in whatever currency you use.
      </p>
      <CsvDownloads design={design} analysis={analysis} />
      <BomView design={design} analysis={analysis} onPriceChange={setUnitPrice} />
    </ModalDialog>
  );
}
