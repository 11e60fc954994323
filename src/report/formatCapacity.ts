/** Link capacity in the unit a network engineer says: Gb/s below a terabit, Tb/s above. */
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatCapacity(gbps: number): string {
  return gbps >= 1000 ? `${oneDecimal.format(gbps / 1000)} Tb/s` : `${oneDecimal.format(gbps)} Gb/s`;
}
