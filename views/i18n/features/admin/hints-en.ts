import type { FieldHint, HintCode } from '../../../../server/domain/field-hints.js';

/**
 * One sentence per form hint code (server/domain/field-hints.ts), shown beside a field (or at
 * the top of a form) on Hindi and Telugu admin pages. The field's label is already beside it,
 * so a hint does not repeat it. Mounted as `admin.hints`; a code without a sentence in any
 * language fails the typecheck. The figures come in as text (views/admin/form-errors.ts).
 */
export type HintWords = { [C in HintCode]: (hint: HintParams<Extract<FieldHint, { code: C }>>) => string };

/** A hint's figures as the page shows them: numbers as digits, lists joined, names in the page language. */
export type HintParams<H> = { [K in Exclude<keyof H, 'code'>]: string };

export const hintsEn: HintWords = {
  invalid: () => 'Check this value.',
  required: () => 'Fill this in.',
  maxChars: ({ max }) => `At most ${max} characters.`,
  minChars: ({ min }) => `At least ${min} characters.`,
  wholeNumber: () => 'Give a whole number.',
  wholeBetween: ({ min, max }) => `A whole number from ${min} to ${max}.`,
  between: ({ min, max }) => `A number from ${min} to ${max}.`,
  rupees: () => 'An amount in rupees, such as 320 or 320.50.',
  maxItems: ({ max }) => `At most ${max} items.`,
  itemLength: ({ max }) => `Each item at most ${max} characters.`,
  atLeastOne: () => 'Give at least one, separated by commas.',
  percent: () => 'A percentage such as 1.75.',
  maxPercent: ({ max }) => `At most ${max}%.`,
  timezone: () => 'Not a time zone; use a name such as Asia/Kolkata.',
  chooseCity: () => 'Choose a city or name a new one.',
  nameTaken: () => 'That name is taken; choose another.',
  tierHoursTwice: () => 'Each tier needs its own number of hours.',
  certificate: () => 'Choose the CBFC certificate.',
  date: () => 'A date as YYYY-MM-DD.',
  time: () => 'A time as HH:MM.',
  past: () => 'This is in the past.',
  oneOf: ({ options }) => `Choose one of: ${options}.`,
  chooseScreen: () => 'Choose a screen.',
  priceMissing: () => 'Give a price for these seats.',
  priceRange: ({ maxRupees }) => `A price above ₹0, at most ₹${maxRupees}.`,
  posterMissing: () => 'Choose an image file.',
  posterTooBig: ({ mb }) => `A poster may be at most ${mb} MB.`,
  posterType: () => 'A poster must be a PNG, JPEG or WebP image.',
  postersOff: () => 'Poster uploads are not set up on this server.',
  uploadUnreadable: () => 'The upload could not be read. Choose the image again and send it again.',
  staleForm: () => 'This form is out of date; reload the page.',
  paymentMethod: () => 'Choose cash, card or UPI.',
  email: () => 'An email address, such as name@example.com.',
  phone: () => 'A mobile number such as 98765 43210.',
  pickSeats: () => 'Pick at least one seat.',
  seatList: () => 'Seats such as A1, A2 or A1-A10.',
  seatRange: () => 'A range stays in one row: A1-A10.',
  chooseRole: () => 'Choose a role.',
  tickToConfirm: () => 'Tick the box to confirm.',
  leaseMax: ({ max }) => `A lease can take at most ${max} seats.`,
  leaseSeats: ({ seats }) => `Seats ${seats} cannot be leased (unknown, blocked or named twice).`,
  screenBusy: ({ screen, movie, from, to, date, cleaning }) =>
    `${screen} is busy: ${movie || 'another show'} plays ${from}–${to} on ${date}, and the screen needs ${cleaning} minutes of cleaning after each show.`,
  resendWait: ({ minutes }) => `This invitation was sent less than ${minutes} minutes ago. Wait a few minutes before sending it again.`,
  inviteWithdrawn: () => 'This invitation was withdrawn already.',
  inviteAccepted: () => 'This invitation has been accepted already.',
  kioskRevoked: () => 'This kiosk has been revoked, so it cannot take a lease.',
  cancelMode: () => 'Choose to cancel under the policy or with a full refund.',
  rowsNone: () => 'Add at least one row of seats.',
  rowsMax: ({ max }) => `At most ${max} rows.`,
  rowCells: ({ row }) => `Row ${row}: use only r, p, R, c, w, x and . (gap).`,
  rowTooLong: ({ row, max }) => `Row ${row}: at most ${max} cells.`,
  rowNoSeats: ({ row }) => `Row ${row} has no seats.`,
  rowLabel: ({ row }) => `Row label “${row}”: use one or two capital letters.`,
  rowTwice: ({ row }) => `Row ${row} appears twice.`,
  rowUnknownCell: ({ row, cell, position }) => `Row ${row}: unknown cell “${cell}” at position ${position}.`,
  allBlocked: () => 'Every seat is blocked; leave at least one to sell.',
  lastBeforeFirst: () => 'The last date must not be before the first date.',
  timesNone: () => 'Give at least one start time, such as 10:00.',
  timeOfDay: ({ text }) => `“${text}” is not a time; write it as 10:00 or 18:30.`,
  maxDays: ({ max }) => `At most ${max} days at a time.`,
  noDays: () => 'None of the chosen days falls between the first and last date.',
  tooManyShows: ({ count, max }) => `That makes ${count} shows; at most ${max} at a time.`,
};
