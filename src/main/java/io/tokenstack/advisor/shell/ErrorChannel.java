package io.tokenstack.advisor.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error of a one-shot run, where its one-line failures go so that standard output
 * holds nothing but the answer. This is the only place the program writes to it: logs go to
 * the log file.
 */
public final class ErrorChannel {

    private static final PrintStream ERR = new PrintStream(
            new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private ErrorChannel() {
    }

    public static void println(String line) {
        ERR.println(line);
    }
}
