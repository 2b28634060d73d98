/** Where Debian's chromium package puts the browser (the first is the binary, the second its wrapper). */
export const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
