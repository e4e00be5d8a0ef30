/** The web export's budget on a phone, as README.md states it: what one page may cost over a slow mobile network. */
export const PHONE_BUDGET = {
  /** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  /** HTML, CSS and JS of one page as sent (gzip), media not counted. */
  codeBytes: 30 * 1024,
  /** From the request to the load event (the first frame of the video and the poster included). */
  loadMs: 2000,
};
