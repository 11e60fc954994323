/** Human-readable text for the terminal: the analysis summary and the bill of materials. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import type { Bom } from '../domain/engine/bom.ts';
import { aboutText, linkGroupAbout } from '../domain/engine/findingAbout.ts';
import { indexNodes, type NodeIndex } from '../domain/engine/placement.ts';
import { nameOf } from '../domain/engine/plantPlaces.ts';
import type { Design } from '../domain/model/design.ts';
import { deviceLineName } from '../domain/report/deviceLineName.ts';
import { formatModulePower } from '../ui/format.ts';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (n: number) => n.toLocaleString('en-US');
const len = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(2)} km` : `${m} m`);

export function analysisText(design: Design, a: Analysis): string {
  const s = a.summary;
  const nodes = indexNodes(design);
  const links = new Map(design.links.map((l) => [l.id, l]));
  const out = [
    `${design.name}`,
    `${num(s.gpus)} GPUs, ${num(s.servers)} servers, ${s.appliances ? `${num(s.appliances)} appliances, ` : ''}${num(s.switches)} switches; ${s.linkGroups} link groups, ${num(s.links)} links, ${num(s.cables)} cables`,
    `${s.errors} error(s), ${s.warnings} warning(s)`,
    '',
    'Link groups:',
  ];
  for (const v of a.links) {
    const loss = v.fit?.lossDb != null ? `  loss ${v.fit.lossDb} dB${v.fit.marginDb != null ? ` (margin ${v.fit.marginDb} dB)` : ''}` : '';
    const link = links.get(v.linkId);
    const name = link ? `  ${aboutText(linkGroupAbout(link, nodes, a.catalog))}` : '';
    out.push(`  ${pad(v.status.toUpperCase(), 8)}${pad(v.linkId, 24)}${pad(v.path, 15)}${pad(len(v.lengthM), 10)}${loss}${name}`);
  }
  if (a.findings.length) {
    out.push('', 'Findings:');
    for (const f of a.findings) out.push(`  ${pad(f.severity, 8)}${pad(f.code, 22)}${aboutText(f.about)}: ${f.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** `nodes` names the building and hall pairs. */
export function bomText(bom: Bom, nodes: NodeIndex): string {
  const out = ['Devices:'];
  for (const d of bom.devices) out.push(`  ${pad(num(d.count), 8)}${pad(d.model, 32)}${pad(d.role, 12)}${deviceLineName(d)}`);
  out.push('', 'Transceiver modules:           total  switch  server');
  for (const m of bom.modules) out.push(`  ${pad(m.module, 28)}${pad(num(m.count), 7)}${pad(num(m.switchSide), 8)}${pad(num(m.serverSide), 8)}${m.part}`);
  if (bom.coPackagedPorts) out.push(`  ${num(bom.coPackagedPorts)} co-packaged switch ports take their fibers at the faceplate: no module`);
  out.push('', 'Patch cords and direct cables:');
  for (const c of bom.cables) out.push(`  ${pad(num(c.count), 8)}${pad(c.assembly, 24)}${pad(c.fiber ?? '-', 6)}${len(c.lengthM)}`);
  const { plant } = bom;
  if (plant.trunks.length) out.push('', 'Trunks:');
  for (const t of plant.trunks) out.push(`  ${pad(num(t.count), 8)}${pad(`${t.type === 'osp' ? 'OSP' : 'MPO'} ${t.fibers} f`, 14)}${pad(t.fiber, 6)}${pad(len(t.lengthM), 10)}${t.between.join(' <-> ')}`);
  if (plant.panels.length) out.push('', 'Panel ports:');
  for (const p of plant.panels) out.push(`  ${pad(num(p.ports), 8)}${pad(`${p.connector.toUpperCase()} ${p.via}`, 20)}${p.at}`);
  for (const c of plant.cassettes) out.push(`  ${pad(num(c.count), 8)}${pad('MPO-12 to 6 LC cassettes', 28)}${c.at}`);
  for (const h of plant.harnesses) out.push(`  ${pad(num(h.count), 8)}${pad(`MPO to ${h.legs} x LC harnesses`, 28)}${h.fiber ?? ''}`);
  if (plant.spliceClosures) out.push(`  ${pad(num(plant.spliceClosures), 8)}splice closures, ${num(plant.splices)} fusion splices`);
  out.push('', `Fiber: ${num(bom.fiber.strands)} strands, ${num(bom.fiber.pairs)} pairs`);
  for (const p of bom.fiber.byBuildingPair) out.push(`  buildings ${nameOf(nodes, p.a)} <-> ${nameOf(nodes, p.b)}: ${num(p.pairs)} pairs`);
  for (const p of bom.fiber.byHallPair) out.push(`  halls ${nameOf(nodes, p.a)} <-> ${nameOf(nodes, p.b)}: ${num(p.pairs)} pairs`);
  const unpowered = bom.devicesWithoutPower.map((model) => bom.devices.find((d) => d.model === model)?.name ?? model);
  out.push('', `Power: modules ${formatModulePower(bom.powerW)}; devices ${num(bom.powerW.devicesMax)} W max${unpowered.length ? ` (no figure for ${unpowered.join('; ')})` : ''}`);
  return `${out.join('\n')}\n`;
}
