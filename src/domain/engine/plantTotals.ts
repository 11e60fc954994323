/** The plant of every fiber link group as running totals, from which an analysis reads its BOM lines. */
import type { CableAssembly } from './cableAssembly.ts';
import { plantLines, type CableLine, type HarnessLine, type PlantBom } from './plantBom.ts';
import type { Junction, PlantPart, TrunkRoute } from './plantPart.ts';
import { Tally } from './tally.ts';

/**
 * The plant of every fiber link group, as running totals: an analysis adds the parts of the groups
 * an edit brought and takes back those it removed (see Tally), then reads the lines.
 */
export class PlantTotals {
  private readonly cords = new Tally<CableLine>(['count'], [], (x, y) => x.assembly.localeCompare(y.assembly) || String(x.fiber).localeCompare(String(y.fiber)) || x.lengthM - y.lengthM);
  private readonly routes = new Tally<TrunkRoute>(['usedFibers'], ['lengthM', 'closures']);
  private readonly ports = new Tally<Junction>(['ports']);
  private readonly harnesses = new Tally<HarnessLine>(['count']);
  private readonly strandsBy = new Tally<{ readonly assembly: CableAssembly; readonly strands: number }>(['strands']);
  private readonly tallies = [this.cords, this.routes, this.ports, this.harnesses, this.strandsBy];
  private made: { readonly version: number; readonly spareFiberPercent: number; readonly plant: PlantBom } | null = null;

  add(part: PlantPart, sign: 1 | -1): void {
    for (const [key, line] of part.cords) this.cords.add(key, line, sign);
    for (const [key, route] of part.routes) this.routes.add(key, route, sign);
    for (const [key, junction] of part.ports) this.ports.add(key, junction, sign);
    for (const [key, harness] of part.harnesses) this.harnesses.add(key, harness, sign);
    this.strandsBy.add(part.assembly, { assembly: part.assembly, strands: part.strands }, sign);
  }

  get exact(): boolean {
    return this.tallies.every((t) => t.exact);
  }

  /** Cords and direct cables by assembly, grade and ordered length. */
  cables(): readonly CableLine[] {
    return this.cords.lines();
  }

  /** Strands of every group, by assembly (only assemblies with strands). */
  strands(): readonly { readonly assembly: CableAssembly; readonly strands: number }[] {
    return this.strandsBy.lines();
  }

  /** The structured plant: trunks per pair of places, panels and cassettes per place, harnesses, closures. */
  plant(spareFiberPercent: number): PlantBom {
    const version = this.routes.version + this.ports.version + this.harnesses.version;
    if (this.made?.version === version && this.made.spareFiberPercent === spareFiberPercent) return this.made.plant;
    const plant = plantLines(this.routes.lines(), this.ports.lines(), this.harnesses.lines(), spareFiberPercent);
    this.made = { version, spareFiberPercent, plant };
    return plant;
  }
}
