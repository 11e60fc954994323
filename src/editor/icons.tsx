/** Small line icons for the toolbar and the palette (24-unit grid, drawn with the current colour). */
import type { ReactNode } from 'react';

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);
export const RedoIcon = () => (
  <Icon>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);
export const TrashIcon = () => (
  <Icon>
    <path d="M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6" />
  </Icon>
);
export const DuplicateIcon = () => (
  <Icon>
    <rect x="8" y="8" width="13" height="13" rx="2" />
    <path d="M4 16V5a1 1 0 0 1 1-1h11" />
  </Icon>
);
export const CopyIcon = () => (
  <Icon>
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
  </Icon>
);
export const PasteIcon = () => (
  <Icon>
    <rect x="8" y="2" width="8" height="4" rx="1" />
    <path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2" />
  </Icon>
);
export const ConnectIcon = () => (
  <Icon>
    <circle cx="5" cy="12" r="2.5" />
    <circle cx="19" cy="12" r="2.5" />
    <path d="M7.5 12h9" />
  </Icon>
);
export const FitIcon = () => (
  <Icon>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
  </Icon>
);
export const GridIcon = () => (
  <Icon>
    <path d="M3 3h18v18H3zM3 9h18M3 15h18M9 3v18M15 3v18" />
  </Icon>
);
export const HelpIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5h.01" />
  </Icon>
);
export const SearchIcon = () => (
  <Icon size={14}>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </Icon>
);

export const BuildingIcon = () => (
  <Icon size={20}>
    <path d="M4 21V5l8-3 8 3v16M4 21h16M9 21v-4h6v4M8 8h2M14 8h2M8 12h2M14 12h2" />
  </Icon>
);
export const HallIcon = () => (
  <Icon size={20}>
    <rect x="3" y="4" width="18" height="16" rx="1.5" />
    <path d="M3 10h18M9 10v10M15 10v10" strokeDasharray="2 2" />
  </Icon>
);
export const GpuRackIcon = () => (
  <Icon size={20}>
    <rect x="6" y="2" width="12" height="20" rx="1.5" />
    <path d="M9 6h6M9 10h6M9 14h6M9 18h6" />
  </Icon>
);
export const NetworkRackIcon = () => (
  <Icon size={20}>
    <rect x="6" y="2" width="12" height="20" rx="1.5" />
    <path d="M9 7h6M9 12h6" />
    <circle cx="12" cy="17" r="1" />
  </Icon>
);
export const ManagementRackIcon = () => (
  <Icon size={20}>
    <rect x="6" y="2" width="12" height="20" rx="1.5" />
    <path d="M9 6h6" />
    <circle cx="12" cy="14" r="3" />
    <path d="M12 9.5V11M12 17v1.5M7.5 14H9M15 14h1.5" />
  </Icon>
);
export const SwitchIcon = () => (
  <Icon size={20}>
    <rect x="2" y="8" width="20" height="8" rx="1.5" />
    <path d="M6 12h.01M9 12h.01M12 12h.01M15 12h.01M18 12h.01" />
  </Icon>
);
