/**
 * Device ports as the cut sheet names them, one cage per cable: a group's links on a device take
 * fresh cages after those earlier groups used (a cage never carries links of two groups, so a
 * breakout's child ports never share a cage with another group's cable).
 */
import type { HostedEnd } from '../engine/endFit.ts';
import type { Site } from '../engine/placement.ts';

/** `QSFP-DD13`, `OSFP22/1`; a form factor ending in a digit gets a dash (`QSFP28-1`, never `QSFP281`). */
export function portName(formFactor: string, cage: number, port: number | null): string {
  const sep = /\d$/.test(formFactor) ? '-' : '';
  return `${formFactor}${sep}${cage}${port === null ? '' : `/${port}`}`;
}

/** Hands out ports device by device; call `group()` before each link group's cables. */
export class PortAllocator {
  private readonly cagesUsed = new Map<string, Int32Array>();
  private groupTaken = new Map<string, { firstCage: number; links: number }>();

  group(): void {
    this.groupTaken = new Map();
  }

  take(site: Site, fit: HostedEnd | null, device: number): string {
    if (!fit) return '';
    const key = `${site.node.id}\u0000${fit.portGroupIndex}`;
    let cages = this.cagesUsed.get(key);
    if (!cages) this.cagesUsed.set(key, (cages = new Int32Array(Math.max(1, site.devices))));
    const mine = `${key}\u0000${device}`;
    let taken = this.groupTaken.get(mine);
    if (!taken) this.groupTaken.set(mine, (taken = { firstCage: cages[device]!, links: 0 }));
    const perCage = fit.linksPerModule;
    const k = taken.links++;
    const cage = taken.firstCage + Math.floor(k / perCage) + 1;
    cages[device] = Math.max(cages[device]!, cage);
    return portName(fit.portGroup.formFactor, cage, perCage > 1 ? (k % perCage) + 1 : null);
  }
}
