import fc from 'fast-check';

/**
 * A property test that writes `maxLength: 80` means lists of up to 80 items. fast-check's own
 * default caps them at about 10 whatever the maximum says, which let tests pass that could
 * not fail (a record size guard never saw a line long enough). With this, a stated maximum is
 * the range generated; arbitraries without one keep fast-check's small default size.
 */
fc.configureGlobal({ defaultSizeToMaxWhenMaxSpecified: true });
