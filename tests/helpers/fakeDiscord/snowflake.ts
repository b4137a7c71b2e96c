/** Discord epoch (2015-01-01) in ms; snowflakes are (ms since it) << 22 | worker/process/increment bits. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, increasing snowflake: 18–19 digits for any date after 2015-03, as real ids are. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH_MS) << 22n) | (1n << 17n) | increment).toString();
}

/** URL-safe interaction token (real ones are ~170 chars of base64url); the rate-limit bucket parser relies on that shape. */
export function nextInteractionToken(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let token = 'aW50ZXJhY3Rpb246';
  for (let i = 0; i < 150; i++) token += chars[Math.floor(Math.random() * chars.length)];
  return token;
}
