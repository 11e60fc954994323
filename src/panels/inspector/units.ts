/** Rates as architects say them: 400 Gb/s, 6.4 Tb/s. */
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatRate(gbps: number): string {
  return gbps >= 1000 ? `${oneDecimal.format(gbps / 1000)} Tb/s` : `${oneDecimal.format(gbps)} Gb/s`;
}
