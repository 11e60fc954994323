/** `fabric catalog`: every optic, module and device id with its key figures. */
import type { Catalog } from '../domain/catalog/catalog.ts';

export function catalogJson(catalog: Catalog) {
  return {
    optics: Object.entries(catalog.optics).map(([id, o]) => ({ id, name: o.name, rateGbps: o.rateGbps, medium: o.medium, reachM: o.reachM, assemblyReachM: o.assemblyReachM ?? null, maxChannelLossDb: o.maxChannelLossDb, connector: o.connector, strands: o.strands })),
    modules: Object.entries(catalog.modules).map(([id, m]) => ({ id, part: m.part, kind: m.kind, formFactor: m.formFactor, heatsink: m.heatsink ?? null, carries: m.carries, powerW: m.powerW, powerBasis: m.powerBasis })),
    devices: Object.entries(catalog.devices).map(([id, d]) => ({ id, name: d.name, kind: d.kind, gpus: d.gpus, portGroups: d.portGroups.map((g) => ({ purpose: g.purpose, cages: g.cages, formFactor: g.formFactor, modes: g.modes })) })),
  };
}

export function catalogText(catalog: Catalog): string {
  const j = catalogJson(catalog);
  const reach = (r: Record<string, number | undefined>) => Object.entries(r).map(([g, m]) => `${g} ${m} m`).join(', ');
  const out = ['Optics:'];
  for (const o of j.optics) out.push(`  ${o.id.padEnd(16)}${`${o.rateGbps}G`.padEnd(7)}${o.medium.padEnd(7)}${(o.assemblyReachM ? `${o.assemblyReachM} m assembly` : reach(o.reachM)).padEnd(36)}${o.name}`);
  out.push('', 'Modules:');
  for (const m of j.modules) out.push(`  ${m.id.padEnd(30)}${m.formFactor.padEnd(11)}${m.carries.map((c) => `${c.optic} x${c.linksPerModule}`).join(', ').padEnd(44)}${m.part}`);
  out.push('', 'Devices:');
  for (const d of j.devices) out.push(`  ${d.id.padEnd(30)}${d.kind.padEnd(11)}${d.portGroups.map((g) => `${g.cages}x ${g.formFactor} ${g.modes[0]!.ports}x${g.modes[0]!.rateGbps}G`).join(' + ').padEnd(44)}${d.name}`);
  return `${out.join('\n')}\n`;
}
