/** One error type for every refusal the platform makes; `code` is part of the API contract. */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_code: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  payment_declined: 402,
  forbidden: 403,
  csrf_failed: 403,
  email_unverified: 403,
  not_eligible: 403,
  not_found: 404,
  email_taken: 409,
  seats_unavailable: 409,
  sales_closed: 409,
  hold_expired: 409,
  idempotency_conflict: 409,
  not_cancellable: 409,
  not_confirmed: 409,
  showtime_overlap: 409,
  edit_conflict: 409,
  clock_off: 409,
  conflict_closed: 409,
  points_unavailable: 409,
  waitlist_not_needed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  store_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Whether a code from elsewhere (the server's answer to a kiosk, a stored code) is one of ours. */
export const isErrorCode = (code: string | null | undefined): code is ErrorCode => !!code && Object.hasOwn(ERROR_STATUS, code);

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  invalid_request: 'Some of the details sent are not valid.',
  invalid_code: 'That code is wrong or has expired. Ask for a new one if needed.',
  unauthenticated: 'Please log in to continue.',
  invalid_credentials: 'That email and password do not match an account.',
  payment_declined: 'The payment was declined. Nothing was charged; try another method.',
  forbidden: 'You are not allowed to do that.',
  csrf_failed: 'This form has expired or came from another site. Reload the page and try again.',
  email_unverified: 'Please verify your email address first.',
  not_eligible: "You can review a movie after you've watched it with a Movie Magic ticket.",
  not_found: 'We could not find that.',
  email_taken: 'An account with this email already exists. Try logging in.',
  seats_unavailable: 'Some of those seats were just taken. Pick others.',
  sales_closed: 'Sales for this show are closed.',
  hold_expired: 'Your seat hold expired before payment finished. You have not been charged.',
  idempotency_conflict: 'This request repeats an earlier one with different details.',
  not_cancellable: 'This booking can no longer be cancelled.',
  not_confirmed: 'This booking is no longer confirmed, so there is nothing to send.',
  showtime_overlap: 'The screen is busy at that time.',
  edit_conflict: 'Someone else changed this a moment ago. Reload the page and try again.',
  clock_off: 'This kiosk’s clock is wrong, so it cannot sell offline. Set the clock and sync.',
  conflict_closed: 'This conflict has already been resolved.',
  points_unavailable: 'Your points were just used on another booking, so they cannot pay for this one. You have not been charged; pay without points or try again.',
  waitlist_not_needed: 'Enough seats are free for this show right now, so there is no need to wait. Pick your seats on the seat map.',
  payload_too_large: 'The request is too large.',
  unsupported_media_type: 'Send the request as JSON or as a form.',
  rate_limited: 'Too many attempts. Please wait a few minutes and try again.',
  internal_error: 'Something went wrong on our side. Nothing was lost; please try again.',
  store_unavailable: 'The service is starting or briefly unavailable. Please try again shortly.',
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export function errorBody(err: AppError) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
    },
  };
}
