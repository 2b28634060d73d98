/** "today" and "tomorrow" read in lower case inside a sentence; dates stay as they are. */
export function dayInSentence(label: string): string {
  return /^(today|tomorrow)$/i.test(label) ? label.toLowerCase() : label;
}
