package fflab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import fflab.FflabException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns I/O failures into user-facing messages that name the file and say what went wrong. */
final class IoErrors {
    private IoErrors() {}

    static FflabException reading(Path file, IOException e) {
        return new FflabException("cannot read " + file + ": " + describe(e), e);
    }

    static FflabException writing(Path file, IOException e) {
        return new FflabException("cannot write " + file + ": " + describe(e), e);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof JsonProcessingException parse) {
            JsonLocation at = parse.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return parse.getOriginalMessage() + where;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
