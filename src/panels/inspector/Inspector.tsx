/** The inspector: the selected link group or node, several selected items, or (with nothing selected) the design. */
import { useDesignStore } from '../../store/designStoreContext.ts';
import { plural } from '../../ui/format.ts';
import { DesignInspector } from './DesignInspector.tsx';
import { LinkInspector } from './LinkInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { SubjectHeader } from './SubjectHeader.tsx';

export function Inspector() {
  return (
    <section aria-label="Inspector" className="pb-2">
      <InspectedSubject />
    </section>
  );
}

function InspectedSubject() {
  const selection = useDesignStore((s) => s.selection);
  const selected = useDesignStore((s) => s.selected);
  // a selection left behind by undo may name an item that is gone: show the design then
  const linkExists = useDesignStore((s) => !!selection?.linkId && !!s.design?.links.some((l) => l.id === selection.linkId));
  const nodeExists = useDesignStore((s) => !!selection?.nodeId && !!s.design?.nodes.some((n) => n.id === selection.nodeId));
  // keyed by subject, so a half-typed value never carries over to another item
  if (selection?.linkId && linkExists) return <LinkInspector key={`link:${selection.linkId}`} linkId={selection.linkId} />;
  if (selection?.nodeId && nodeExists) return <NodeInspector key={`node:${selection.nodeId}`} nodeId={selection.nodeId} />;
  const count = selected.nodeIds.length + selected.linkIds.length;
  if (count > 1) {
    return (
      <SubjectHeader kind="Selection" title={plural(count, 'item') + ' selected'}>
        <p>
          {plural(selected.nodeIds.length, 'node')}, {plural(selected.linkIds.length, 'link group')}. Select one item to inspect and edit it.
        </p>
      </SubjectHeader>
    );
  }
  return <DesignInspector />;
}
