/** The run a new link group between two placed nodes would need, measured by the engine's length model. */
import { cableRun, type CableRun } from '../../domain/engine/cableLength.ts';
import type { NodeIndex, Site } from '../../domain/engine/placement.ts';
import type { Settings } from '../../domain/model/design.ts';

/** Rack pairs measured at most; past that only the end racks of each node are (a row is measured end to end). */
const MAX_PAIRS = 1024;

/** The longest cable between any rack of `a` and any rack of `b`: the one a verdict is about. */
export function measureRun(a: Site, b: Site, settings: Settings, nodes: NodeIndex): CableRun {
  const every = Math.max(1, a.racks) * Math.max(1, b.racks) <= MAX_PAIRS;
  const members = (site: Site) => {
    const all = Array.from({ length: Math.max(1, site.racks) }, (_, i) => i);
    return every ? all : [...new Set([0, all.length - 1])];
  };
  let longest: CableRun | null = null;
  for (const ma of members(a)) {
    for (const mb of members(b)) {
      const run = cableRun({ site: a, rackMember: ma }, { site: b, rackMember: mb }, settings, nodes);
      if (!longest || run.lengthM > longest.lengthM) longest = run;
    }
  }
  return longest!;
}
