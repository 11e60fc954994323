/** The link groups that end on a rack or switch, each a button that inspects it. */
import { useDesignStore } from '../../store/designStoreContext.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { formatCount } from '../../ui/format.ts';
import { PanelSection } from '../PanelSection.tsx';

export function NodeLinks({ nodeId }: { nodeId: string }) {
  const design = useDesignStore((s) => s.design);
  const select = useDesignStore((s) => s.select);
  const analysis = useAnalysis();
  if (!design || !analysis) return null;
  const links = design.links.filter((l) => l.a === nodeId || l.b === nodeId);
  if (links.length === 0) return null;
  const nameOf = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <PanelSection level={3} title="Link groups" aside={formatCount(links.length)}>
      <ul className="-mx-1">
        {links.map((link) => {
          const far = nameOf(link.a === nodeId ? link.b : link.a);
          const optic = analysis.catalog.optics[link.optic]?.name ?? link.optic;
          return (
            <li key={link.id}>
              <button
                type="button"
                onClick={() => select({ linkId: link.id })}
                className="flex w-full items-center gap-1.5 rounded px-1 py-0.5 text-left text-[12.5px] text-slate-800 hover:bg-slate-100"
              >
                <StatusIcon status={analysis.linkById.get(link.id)?.status ?? 'error'} />
                <span className="truncate">
                  {formatCount(link.count)} × {optic} to {far}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}
