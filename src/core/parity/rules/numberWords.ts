import type { Lang } from '../../messages/catalog';

/**
 * Small numbers are often spelled out in one language and written in digits in the other
 * ("three datasets" / « 3 jeux de données »). These words let such pairs count as equal;
 * they are never used to find a number, only to excuse a missing one.
 */
const WORDS: Record<Lang, Record<string, number>> = {
  en: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, thousand: 1000, dozen: 12,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    once: 1, twice: 2, single: 1, both: 2, half: 0.5, annual: 1, annually: 1, yearly: 1,
  },
  fr: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000, douzaine: 12,
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6,
    septième: 7, huitième: 8, neuvième: 9, dixième: 10,
    // « tiers » is the usual French for a third party (`3rd party`).
    tiers: 3, tierce: 3, tierces: 3, fois: 1, seul: 1, seule: 1, deux_fois: 2, moitié: 0.5, demi: 0.5, annuel: 1, annuelle: 1, annuellement: 1,
  },
};

/**
 * Approximate amounts (`une trentaine`, `a dozen`, `des centaines`): the counterpart of digits
 * near their value (`over 30`, `about 12`); plurals cover their multiples (`des dizaines` ≈ `40`).
 */
const APPROXIMATE: Record<Lang, Record<string, number>> = {
  en: { dozen: 12, score: 20, hundred: 100, thousand: 1000, dozens: -12, scores: -20, hundreds: -100, thousands: -1000, millions: -1e6 },
  fr: {
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
    dizaines: -10, douzaines: -12, vingtaines: -20, centaines: -100, milliers: -1000, millions: -1e6,
  },
};

/** How far from its value an approximate word still reads as the same amount. */
const APPROXIMATION = 0.25;

/** The numbers a text spells out in words, exactly or approximately. */
export class SpelledNumbers {
  private readonly exact = new Set<number>();
  private readonly near: number[] = [];
  private readonly multiples: number[] = [];

  constructor(text: string, lang: Lang) {
    for (const word of text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) {
      const value = WORDS[lang][word];
      if (value !== undefined) this.exact.add(value);
      const approx = APPROXIMATE[lang][word];
      if (approx !== undefined) (approx > 0 ? this.near : this.multiples).push(Math.abs(approx));
    }
  }

  /** Whether `value`, written in digits on the other side, is said here in words. */
  has(value: number): boolean {
    if (this.exact.has(value)) return true;
    if (this.near.some((a) => Math.abs(value - a) <= a * APPROXIMATION)) return true;
    return this.multiples.some((a) => value >= a && value < a * 100);
  }
}
