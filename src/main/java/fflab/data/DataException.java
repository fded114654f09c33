package fflab.data;

import fflab.FflabException;

/** Any problem with dataset files: missing, damaged, unreadable or inconsistent. The message is for the user. */
public class DataException extends FflabException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
