/** The bridge for components deep in the tree (error reports, the staff panel). */
import { createContext } from 'react';
import type { KioskBridge } from '../../main/contract';

export const BridgeContext = createContext<KioskBridge | null>(null);
