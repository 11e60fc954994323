/** The example designs shipped in public/examples, as the "Open example" dialog offers them. */
import { DEFAULT_SETTINGS } from '../domain/model/defaultSettings.ts';
import type { Design } from '../domain/model/design.ts';

export interface Example {
  /** File name without `.fabric.json`, as `?example=` names it. */
  readonly id: string;
  readonly title: string;
  readonly about: string;
}

export const EXAMPLES: readonly Example[] = [
  { id: 'two-building-lr4', title: 'Two-building LR4 campus', about: 'GPU racks and leaves in two buildings, LR4 between them, DR4 inside.' },
  { id: 'dgx-h100-su', title: 'DGX H100 scalable unit', about: '32 DGX H100 nodes on 8 rail leaves with twin-port optics.' },
  { id: 'faults', title: 'Deliberate faults', about: 'One of each finding, to see what the engine reports and how to fix it.' },
];

/** Only the ids listed above: `?example=` must not reach any other file. */
export function isExampleId(name: string): boolean {
  return EXAMPLES.some((e) => e.id === name);
}

export function exampleUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/?$/, '/')}examples/${id}.fabric.json`;
}

/** What "New design" opens: an empty campus with the default plant, ready for the first building. */
export function newDesign(): Design {
  return { name: 'Untitled fabric', settings: DEFAULT_SETTINGS, nodes: [], links: [], catalog: {}, prices: {}, layout: {} };
}
