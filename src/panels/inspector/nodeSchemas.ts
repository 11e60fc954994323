/** The file format's per-kind node schemas, by name, for the inspector's field limits. */
import { nodeSchema } from '../../domain/format/designSchema.ts';

const [building, hall, rack, switchNode] = nodeSchema.options;

export const NODE_FIELDS = {
  name: building.shape.name,
  campusX: building.shape.campusM.shape.x,
  campusY: building.shape.campusM.shape.y,
  entryX: hall.shape.entryM.shape.x,
  entryY: hall.shape.entryM.shape.y,
  row: rack.shape.floor.shape.row,
  slot: rack.shape.floor.shape.slot,
  perRack: rack.shape.contents.unwrap().shape.perRack,
  rackQuantity: rack.shape.quantity,
  switchQuantity: switchNode.shape.quantity,
} as const;
