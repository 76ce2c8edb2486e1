import type { ReactNode } from 'react';
import { RegionFrame } from '../../../../components/region-frame';

/** Every tab of a region shares its header, picker and tabs. */
export default function RegionLayout({ children }: { children: ReactNode }) {
  return <RegionFrame>{children}</RegionFrame>;
}
