import { useRef, useState } from 'preact/hooks';
import { errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from './errors.ts';

export interface SubmitOptions {
  /**
   * The form is still on screen after it succeeds (an edit form), so it stops being busy. Without
   * this it stays busy: the page moves on or the form closes, and a second click must not send again.
   */
  staysOpen?: boolean;
  /** Checks the browser can make before asking the server, as field → message; {} when all is well. */
  validate?: () => FieldErrors;
  /** The form-level line for a failure; `errorMessage` unless the form has something better to say. */
  describe?: (failure: unknown) => string;
}

export interface Submit {
  busy: boolean;
  /** The form-level message, or null. */
  error: string | null;
  /** The server's (or `validate`'s) message per field. */
  fields: FieldErrors;
  /** The message for one field, items included (see `errorFor`). */
  errorFor: (name: string, itemWord?: string) => string | undefined;
  /** Messages that no field of the form shows, so they go in the form-level alert. */
  unclaimed: (known: readonly string[]) => string[];
  /** For `<form onSubmit>`. */
  onSubmit: (event: Event) => Promise<void>;
  /** For whatever sends without a form: a button inside another form, a confirm button. True when it succeeded. */
  run: () => Promise<boolean>;
}

/**
 * One send of a form: busy while the request runs, then the server's field errors and a form-level
 * message if it fails. What was typed lives in the form's own state and is never touched here, so a
 * failure loses nothing. A send while one is running is ignored (Enter pressed twice).
 */
export function useSubmit(action: () => Promise<unknown>, options: SubmitOptions = {}): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const inFlight = useRef(false);

  async function run(): Promise<boolean> {
    if (inFlight.current) return false;
    const problems = options.validate?.() ?? {};
    if (Object.keys(problems).length > 0) {
      setFields(problems);
      setError('Please check the form.');
      return false;
    }
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await action();
      if (options.staysOpen) {
        inFlight.current = false;
        setBusy(false);
      }
      return true;
    } catch (failure) {
      inFlight.current = false;
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError((options.describe ?? errorMessage)(failure));
      return false;
    }
  }

  return {
    busy,
    error,
    fields,
    errorFor: (name, itemWord) => errorFor(fields, name, itemWord),
    unclaimed: (known) => unclaimedErrors(fields, known),
    onSubmit: async (event) => {
      event.preventDefault();
      await run();
    },
    run,
  };
}
