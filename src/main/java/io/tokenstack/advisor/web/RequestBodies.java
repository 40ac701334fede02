package io.tokenstack.advisor.web;

import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body as bytes with a cap, so the profile reader sees exactly what the shell
 * would read from a file, and a client cannot make the server buffer more than the cap.
 */
final class RequestBodies {

    /** A profile is a few hundred bytes; a compare request hardly more. */
    static final int MAX_BYTES = 64 * 1024;

    /** Where problems found in a body come from, as InputProblem origins. */
    static final String ORIGIN = "request body";

    private RequestBodies() {
    }

    static byte[] read(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new BodyTooLargeException();
        }
        // Chunked bodies declare no length: count while reading, and stop one byte past the cap.
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
            return bytes;
        } catch (IOException e) {
            // The client went away or sent a broken chunk: its request, not our bug.
            throw new InvalidInputException(new InputProblem(ORIGIN, null,
                    "could not be read to its end"));
        }
    }
}
