const warned = new WeakSet();
export function warnDeprecated(op, packageName, logger) {
  if (warned.has(op)) return;
  warned.add(op);
  logger.warn(
    `[${packageName}] ${op.method} ${op.path} is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)`,
  );
}
