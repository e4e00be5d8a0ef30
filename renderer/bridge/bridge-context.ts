/** The bridge for components deep in the tree (error reports, the staff panel). */
import { createContext } from 'react';
import type { KioskBridge } from '../../common/channels';

export const BridgeContext = createContext<KioskBridge | null>(null);
