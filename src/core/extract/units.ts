/**
 * What may follow a number's digits without making it a name. `400m`, `2GB`, `71.25rem`,
 * `1140px` are quantities with their unit (French writes them `400 m`, `2 Go`, `1140 px`), while
 * `3D`, `5G`, `2FA`, `4K` are names: units are matched case-sensitively and the letters that
 * name things (`D`, `G`, `K`, `FA`) are left out on purpose.
 */
export const GLUED_UNIT = new RegExp(
  '^(?:' +
    [
      // Screen and type sizes.
      'px', 'rem', 'em', 'pt', 'vh', 'vw', 'dpi', 'ppi',
      // Data: English and French (octet) spellings.
      'KB', 'kB', 'MB', 'GB', 'TB', 'PB', 'Kb', 'kb', 'Mb', 'Gb', 'ko', 'Ko', 'Mo', 'Go', 'To', 'Mbps', 'Gbps', 'Mbit', 'Gbit',
      // Length, mass, volume, area, energy, frequency, time.
      'nm', 'mm', 'cm', 'km', 'm', 'mg', 'kg', 'g', 'mL', 'ml', 'L', 'l', 'ha', 'km²', 'm²', 'm2', 'km2',
      'kWh', 'MWh', 'GWh', 'kW', 'MW', 'GW', 'W', 'Hz', 'kHz', 'MHz', 'GHz',
      'ms', 's', 'min', 'hr', 'hrs', 'sec', 'yr', 'yrs',
      // `2x faster`, `10e` is an ordinal and read elsewhere.
      'x',
    ]
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')(?![\\p{L}\\d])',
  'u',
);

/** `1.2k`: a lower-case `k` glued to a number is a thousand (`4K` is a screen resolution). */
export const GLUED_THOUSAND = /^k(?![\p{L}\d])/u;

/** The space separators French puts between groups of three digits; a line break never is one. */
export const THOUSANDS_SPACE = '[ \\u00A0\\u202F\\u2009\\u2007]';
export const THOUSANDS_SPACES = /[ \u00A0\u202F\u2009\u2007]/g;
