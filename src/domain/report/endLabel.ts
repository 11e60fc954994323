/**
 * The label printed for one cable end: rack (row-slot as the UI numbers them), device name, port;
 * at most LABEL_MAX_CHARS characters, the width of one line of a 12 mm label on common
 * handheld printers at their smallest legible font. The device name gives way first.
 */
export const LABEL_MAX_CHARS = 40;

/** `R03-01 Leaf A#1 QSFP-DD13`; a breakout's far end adds how many more legs its harness has (`+3`). */
export function endLabel(rack: string, device: string, port: string, moreLegs = 0): string {
  const tail = `${port}${moreLegs > 0 ? ` +${moreLegs}` : ''}`;
  const room = LABEL_MAX_CHARS - rack.length - tail.length - 2;
  const name = device.length <= room ? device : `${device.slice(0, Math.max(1, room - 1))}~`;
  return `${rack} ${name} ${tail}`.slice(0, LABEL_MAX_CHARS);
}
