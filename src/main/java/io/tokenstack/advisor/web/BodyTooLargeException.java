package io.tokenstack.advisor.web;

/** A request body above {@link RequestBodies#MAX_BYTES}; answered with 413. */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException() {
        super("request body larger than " + RequestBodies.MAX_BYTES + " bytes");
    }
}
