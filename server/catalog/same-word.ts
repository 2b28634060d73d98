/** Filter values match whatever their case: `?language=hindi` finds Hindi shows. */
export function sameWord(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;
}
