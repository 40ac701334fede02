package io.tokenstack.advisor.shell;

/** The words given do not start with any command the shell knows. */
class UnknownCommandException extends RuntimeException {

    UnknownCommandException(String message) {
        super(message);
    }
}
