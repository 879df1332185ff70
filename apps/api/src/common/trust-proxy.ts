import net from 'node:net';
import { z } from 'zod';

// TRUST_PROXY names the reverse proxies whose X-Forwarded-For the app believes. Unset, the client
// address of the audit trail is the socket's: a header any local process can forge never reaches it.

const NAMED = ['loopback', 'linklocal', 'uniquelocal'];

function isProxy(entry: string): boolean {
  if (NAMED.includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = net.isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** A hop count (`1`: the one proxy in front), or a comma-separated list of proxy addresses and CIDRs. */
export const trustProxySchema = z
  .string()
  .trim()
  .transform((value, ctx): number | string[] => {
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
    } else {
      const entries = value.split(',').map((e) => e.trim());
      if (entries.every(isProxy)) return entries;
    }
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a hop count from 1 to 10, or a comma-separated list of proxy addresses or CIDRs such as 10.0.0.5,10.1.0.0/16',
    });
    return z.NEVER;
  });
