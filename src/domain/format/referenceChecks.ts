/** Checks a schema-valid document for what a schema cannot see: ids, containment and catalog references. */
import { catalogWith, type Catalog } from '../catalog/catalog.ts';
import type { CatalogAdditions, DesignNode, LinkGroup, RackKind } from '../model/design.ts';
import { ALLOWED_PARENTS } from '../model/nesting.ts';
import type { Problem } from './problem.ts';


export function referenceProblems(nodes: readonly DesignNode[], links: readonly LinkGroup[], additions: CatalogAdditions): Problem[] {
  const problems: Problem[] = [];
  const catalog = catalogWith(additions);
  const byId = new Map<string, DesignNode>();
  nodes.forEach((node, i) => {
    if (byId.has(node.id)) problems.push({ path: `$.nodes[${i}].id`, message: `duplicate id "${node.id}"` });
    else byId.set(node.id, node);
  });
  nodes.forEach((node, i) => {
    const at = `$.nodes[${i}]`;
    if (node.kind !== 'building') {
      const parent = byId.get(node.parent);
      if (!parent) problems.push({ path: `${at}.parent`, message: `parent "${node.parent}" does not exist` });
      else if (!ALLOWED_PARENTS[node.kind].includes(parent.kind)) {
        problems.push({ path: `${at}.parent`, message: `a ${node.kind} cannot sit in a ${parent.kind} (allowed: ${ALLOWED_PARENTS[node.kind].join(' or ')})` });
      } else if (node.kind === 'switch' && parent.kind === 'hall' && !node.floor) {
        problems.push({ path: `${at}.floor`, message: 'a switch standing in a hall needs a floor position (row, slot)' });
      }
    }
    if (node.kind === 'rack' && node.contents && !catalog.devices[node.contents.model]) {
      problems.push({ path: `${at}.contents.model`, message: `unknown device model "${node.contents.model}"` });
    }
    if (node.kind === 'rack' && node.contents) problems.push(...contentsProblems(node.rackKind, node.contents.model, catalog, `${at}.contents.model`));
    if (node.kind === 'switch' && !catalog.devices[node.model]) {
      problems.push({ path: `${at}.model`, message: `unknown device model "${node.model}"` });
    }
  });
  const linkIds = new Set<string>();
  links.forEach((link, i) => {
    const at = `$.links[${i}]`;
    if (linkIds.has(link.id)) problems.push({ path: `${at}.id`, message: `duplicate link id "${link.id}"` });
    linkIds.add(link.id);
    if (byId.has(link.id)) problems.push({ path: `${at}.id`, message: `link id "${link.id}" is also a node id` });
    for (const end of ['a', 'b'] as const) {
      const node = byId.get(link[end]);
      if (!node) problems.push({ path: `${at}.${end}`, message: `link end "${link[end]}" does not exist` });
      else if (!(node.kind === 'switch' || (node.kind === 'rack' && node.contents))) {
        problems.push({ path: `${at}.${end}`, message: `a link must end on a switch or a rack with servers, not a ${node.kind === 'rack' ? 'network rack' : node.kind}` });
      }
    }
    if (link.a === link.b) problems.push({ path: `${at}.b`, message: 'a link group cannot join a node to itself' });
    for (const key of ['optic', 'opticB'] as const) {
      const optic = link[key];
      if (optic !== undefined && !catalog.optics[optic]) problems.push({ path: `${at}.${key}`, message: `unknown optic "${optic}"` });
    }
  });
  return problems;
}

/** GPU racks hold GPU servers and management racks appliances; switches are switch nodes, never rack contents. */
function contentsProblems(rackKind: RackKind, model: string, catalog: Catalog, path: string): Problem[] {
  const kind = catalog.devices[model]?.kind;
  if (kind === 'switch') return [{ path, message: `"${model}" is a switch; racks hold servers (place switches as switch nodes)` }];
  if (kind === 'appliance' && rackKind !== 'management') return [{ path, message: `"${model}" is an appliance; it stands in a management rack (rackKind "management")` }];
  if (kind === 'gpu-server' && rackKind === 'management') return [{ path, message: `"${model}" is a GPU server; a management rack holds appliances (use rackKind "gpu")` }];
  return [];
}
