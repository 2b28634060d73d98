/** Where Debian's chromium package puts the browser (the first is the binary, the second its wrapper). */
export const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** Fonts that draw Hindi and Telugu pages in Chromium (Debian's fonts-noto-core). */
export const INDIC_FONT_PATHS = ['/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSansTelugu-Regular.ttf'];
