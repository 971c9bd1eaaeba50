/**
 * Expected failures are values, not exceptions. A `UserError` carries a
 * message a person can act on ("Radius must be between 1 and 200 km") and a
 * stable code that tests and adapters can switch on.
 */
export type Result<T, E = UserError> = { ok: true; value: T } | { ok: false; error: E };

export interface UserError {
  code: string;
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = UserError>(error: E): Result<never, E> => ({ ok: false, error });
export const userError = (code: string, message: string): Result<never, UserError> => err({ code, message });
