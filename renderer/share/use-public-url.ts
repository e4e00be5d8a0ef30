/** The web export's address (kiosk.json's publicUrl), asked of main once per page: it is set at start and never changes. */
import { useContext, useEffect, useState } from 'react';
import type { KioskBridge } from '../../common/channels';
import { BridgeContext } from '../bridge/bridge-context';

const asked = new WeakMap<KioskBridge, Promise<string | null>>();

function publicUrlOf(bridge: KioskBridge): Promise<string | null> {
  let answer = asked.get(bridge);
  if (!answer) {
    answer = bridge.getPublicUrl().then((result) => (result.ok ? result.value : null));
    asked.set(bridge, answer);
  }
  return answer;
}

/** Null while unknown, without a bridge (the web export itself) and when the operator set none. */
export function usePublicUrl(): string | null {
  const bridge = useContext(BridgeContext);
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bridge) return;
    let current = true;
    void publicUrlOf(bridge).then((value) => current && setPublicUrl(value));
    return () => {
      current = false;
    };
  }, [bridge]);
  return publicUrl;
}
