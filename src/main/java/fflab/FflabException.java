package fflab;

/**
 * A problem the user can fix (bad data, bad option, bad model file). Its message is shown as is,
 * without a stack trace, so it must say what is wrong, where, and what is allowed.
 */
public class FflabException extends RuntimeException {
    public FflabException(String message) {
        super(message);
    }

    public FflabException(String message, Throwable cause) {
        super(message, cause);
    }
}
